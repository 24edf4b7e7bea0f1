import type { MessageCatalog } from './catalog.js';

export const cliModuleMessages = {
} as const satisfies MessageCatalog;
