import type { MessageCatalog } from './catalog.js';

export const publiccodeMessages = {
} as const satisfies MessageCatalog;
