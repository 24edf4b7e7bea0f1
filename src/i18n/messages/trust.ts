import type { MessageCatalog } from './catalog.js';

export const trustMessages = {
} as const satisfies MessageCatalog;
