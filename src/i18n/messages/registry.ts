import type { MessageCatalog } from './catalog.js';

export const registryMessages = {
} as const satisfies MessageCatalog;
