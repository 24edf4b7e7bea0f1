import type { MessageCatalog } from './catalog.js';

export const settingsMessages = {
} as const satisfies MessageCatalog;
