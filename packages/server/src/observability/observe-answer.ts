import type { AnswerOutcome } from '../services/usage/record-usage.js';
import type { Metrics } from './create-metrics.js';

/** Records one answer in the provider and token metrics. */
export function observeAnswer(metrics: Metrics, outcome: AnswerOutcome): void {
  const { provider } = outcome;
  metrics.providerDuration.observe(
    { provider, outcome: outcome.failed ? 'error' : 'ok' },
    outcome.latencyMs / 1000,
  );
  if (outcome.failed) metrics.providerErrors.inc({ provider });
  const model = outcome.usage?.model ?? provider;
  metrics.tokens.inc({ provider, model, kind: 'prompt' }, outcome.usage?.promptTokens ?? 0);
  metrics.tokens.inc({ provider, model, kind: 'completion' }, outcome.usage?.completionTokens ?? 0);
}
