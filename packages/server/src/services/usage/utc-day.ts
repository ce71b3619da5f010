const DAY_MS = 86_400_000;

/** The UTC day holding `nowMs`, as the half-open ISO range budgets count over. */
export function utcDay(nowMs: number): { from: string; to: string } {
  const start = Math.floor(nowMs / DAY_MS) * DAY_MS;
  return { from: new Date(start).toISOString(), to: new Date(start + DAY_MS).toISOString() };
}

/** "5 h 3 min", "42 min" or "under a minute": how long until a budget resets. */
export function describeWait(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
