/** Per-assistant limits, kept as the JSON the API accepts: read whole, never queried by field. */
export const assistantLimitsMigration = `
  CREATE TABLE assistant_limits (
    assistant_id TEXT PRIMARY KEY REFERENCES assistants(id) ON DELETE CASCADE,
    limits TEXT NOT NULL
  );
`;
