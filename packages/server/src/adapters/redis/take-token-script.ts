/**
 * `takeToken` of `services/limits/token-bucket.ts` in Lua, so Redis checks and takes in one atomic
 * step. The bucket is one string: the time it will be full again, with 17 significant digits so it
 * round-trips a JavaScript number exactly. It expires once that time has passed (a missing bucket
 * is a full one). The shared conformance suite checks that both stores answer alike.
 *
 * KEYS[1] bucket; ARGV: capacity, milliseconds per token, now (ms), cost, slack (ms).
 * Returns { allowed (0/1), full-at time after the take (string) }.
 */
export const TAKE_TOKEN_LUA = `
local capacity = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local slack = tonumber(ARGV[5])
local full_at = tonumber(redis.call('GET', KEYS[1]) or ARGV[3])
if full_at < now then full_at = now end
if full_at - now <= (capacity - cost) * interval + slack then
  full_at = full_at + cost * interval
  redis.call('SET', KEYS[1], string.format('%.17g', full_at), 'PX', math.ceil(full_at - now) + 1000)
  return { 1, string.format('%.17g', full_at) }
end
return { 0, string.format('%.17g', full_at) }
`;
