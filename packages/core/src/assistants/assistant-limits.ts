/**
 * An assistant's own rate limits and budgets. A field left out keeps the server's default; `null`
 * lifts the limit for this assistant.
 */
export interface AssistantLimits {
  endUserRequestsPerMinute?: number | null;
  ipRequestsPerMinute?: number | null;
  keyRequestsPerMinute?: number | null;
  endUserDailyTokens?: number | null;
  keyDailyTokens?: number | null;
}
