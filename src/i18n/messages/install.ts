import type { MessageCatalog } from './catalog.js';

export const installMessages = {
} as const satisfies MessageCatalog;
