import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** The machine a figure was measured on; figures mean little without it. */
export function machine() {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

/** The q-th quantile (0–1) of a list of numbers, by nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Saves a run's figures as JSON under bench/results/ (not linted). */
export function saveResult(name, data) {
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    new URL(`${name}.json`, dir),
    `${JSON.stringify({ machine: machine(), ...data }, null, 2)}\n`,
  );
}

/** Imports the built server, or explains how to build it. */
export async function loadServer() {
  try {
    return await import('../../packages/server/dist/index.js');
  } catch (error) {
    console.error(
      'The benchmarks run against the built server; run `npx tsc -b packages/server` (or `npm run build`) first.',
    );
    throw error;
  }
}
