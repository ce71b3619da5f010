import { ProblemError } from '../../http/problem-error.js';
import type { UsageStore } from '../../ports/usage-store.js';
import type { Limits } from '../limits/limits.js';
import type { UsageSubject } from './usage-subject.js';
import { describeWait, utcDay } from './utc-day.js';

/**
 * Refuses to start an answer when the key or the end user has used up today's token budget (UTC
 * days). The check runs before the answer, so the answer that crosses the budget still completes;
 * budgets bound spending per day, they do not meter single answers.
 */
export async function checkBudget(
  store: UsageStore,
  budgets: Limits['dailyTokens'],
  subject: UsageSubject,
  nowMs: number,
): Promise<void> {
  const day = utcDay(nowMs);
  const checks: { who: string; setting: string; budget: number | undefined; used: () => Promise<number> }[] =
    [
      {
        who: 'this API key',
        setting: 'TESSERA_DAILY_TOKENS_KEY',
        budget: subject.keyId === null ? undefined : budgets.key,
        used: () => store.tokensUsed({ ...day, keyId: subject.keyId! }),
      },
      {
        who: 'this end user',
        setting: 'TESSERA_DAILY_TOKENS_END_USER',
        budget: subject.endUserId === null || subject.assistantId === null ? undefined : budgets.endUser,
        used: () =>
          store.tokensUsed({
            ...day,
            endUserId: { assistantId: subject.assistantId!, endUserId: subject.endUserId! },
          }),
      },
    ];
  for (const check of checks) {
    if (check.budget === undefined) continue;
    const used = await check.used();
    if (used < check.budget) continue;
    const waitMs = Date.parse(day.to) - nowMs;
    throw new ProblemError(
      429,
      `The daily budget of ${check.budget} LLM tokens for ${check.who} is used up (${used} used today). It resets at ${day.to} (UTC midnight, in ${describeWait(waitMs)}); until then, wait, or have the operator raise ${check.setting}.`,
      { code: 'token_budget_exhausted', headers: { 'retry-after': String(Math.ceil(waitMs / 1000)) } },
    );
  }
}
