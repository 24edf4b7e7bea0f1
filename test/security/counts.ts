// Temporary: where the security test counts go until test/helpers/security-counts.ts exists.
export async function recordSecurityCount(category: string, n: number): Promise<void> {
  console.info(`[security-count] ${category}: ${n}`);
}
