// Types for scripts/security-table.js, so TypeScript tests can call it.
export declare function renderTable(counts: Record<string, Record<string, number>>): string;
export declare function updateSecurityTable(options?: { root?: string; check?: boolean }): boolean;
