import type { Command } from 'commander';

// Filled in by the catalog commands (catalog build, serve).
export function registerCatalogCommands(_program: Command): void {}
