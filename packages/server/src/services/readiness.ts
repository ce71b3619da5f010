import type { ReadinessCheck } from '../ports/readiness-check.js';

/** The outcome of every readiness check, in order. */
export interface ReadinessReport {
  ready: boolean;
  checks: { name: string; ok: boolean; detail?: string }[];
}

/** Runs the checks one after another (they are cheap) and collects what failed and why. */
export async function checkReadiness(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const results: ReadinessReport['checks'] = [];
  for (const { name, check } of checks) {
    try {
      await check();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return { ready: results.every((r) => r.ok), checks: results };
}
