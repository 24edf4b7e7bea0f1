import type { MessageCatalog } from './catalog.js';

export const cliAdminMessages = {
} as const satisfies MessageCatalog;
