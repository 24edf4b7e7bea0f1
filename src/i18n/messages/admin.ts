import type { MessageCatalog } from './catalog.js';

export const adminMessages = {
} as const satisfies MessageCatalog;
