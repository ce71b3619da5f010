/** One answer's use of a language model: who asked, which model, how many tokens, how long. */
export interface UsageRecord {
  workspaceId: string;
  /** The API key that asked; `null` for callers without one. */
  keyId: string | null;
  assistantId: string | null;
  /** The end user of an embedded assistant, scoped to `assistantId`. */
  endUserId: string | null;
  /** `LlmProvider.name`, e.g. `openai`, `extractive`. */
  provider: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
  /** ISO 8601 time the answer ended. */
  occurredAt: string;
}

/** Whose tokens to sum, and over which half-open time range `[from, to)` (ISO 8601). */
export interface UsageQuery {
  from: string;
  to: string;
  keyId?: string;
  /** Requires `assistantId`: end-user ids are only unique per assistant. */
  endUserId?: { assistantId: string; endUserId: string };
}

/** Usage records, appended per answer and summed for budgets and analytics. */
export interface UsageStore {
  record(usage: UsageRecord): Promise<void>;
  /** Prompt plus completion tokens of the matching records. */
  tokensUsed(query: UsageQuery): Promise<number>;
  close(): Promise<void>;
}
