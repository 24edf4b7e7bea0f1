// vitest global setup: after every run, re-render the security test counts
// table in docs/SECURITY.md from docs/security-counts.json (see
// test/helpers/security-counts.ts). Deterministic: no change, no write.
import { updateSecurityTable } from '../../scripts/security-table.js';

export function teardown(): void {
  updateSecurityTable();
}
