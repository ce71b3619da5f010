import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_LIMITS } from './services/limits/limits.js';

const messageOf = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
};

describe('loadConfig', () => {
  it('defaults to port 8787, ./.tessera and the built-in limits', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.dataDir.endsWith('.tessera')).toBe(true);
    expect(config).toMatchObject({
      host: '0.0.0.0',
      logLevel: 'info',
      redisUrl: undefined,
      trustProxyHops: 0,
      frameAncestors: ["'self'"],
      requestTimeoutMs: 30_000,
      shutdownGraceMs: 10_000,
      limits: DEFAULT_LIMITS,
    });
  });

  it.each(['abc', '-1', '70000', '80.5'])('stops on PORT=%s with a message naming the fix', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be a whole number/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      TESSERA_DATA_DIR: '/tmp/tessera-data',
      LOG_LEVEL: 'debug',
      REDIS_URL: 'redis://cache.internal:6380/2',
      TESSERA_TRUST_PROXY: 'true',
      TESSERA_FRAME_ANCESTORS: "'self'  https://cms.example.com https://*.example.org:8443",
      TESSERA_REQUEST_TIMEOUT_MS: '5000',
      TESSERA_SHUTDOWN_GRACE_MS: '0',
      TESSERA_RATE_LIMIT_IP: '60/min',
      TESSERA_RATE_LIMIT_KEY: '10/s',
      TESSERA_RATE_LIMIT_END_USER: 'off',
      TESSERA_DAILY_TOKENS_KEY: '5000',
      TESSERA_DAILY_TOKENS_END_USER: 'off',
      TESSERA_API_KEY: 'tsk_for_the_sdk_in_the_same_shell',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/tmp/tessera-data',
      logLevel: 'debug',
      redisUrl: 'redis://cache.internal:6380/2',
      trustProxyHops: 1,
      frameAncestors: ["'self'", 'https://cms.example.com', 'https://*.example.org:8443'],
      requestTimeoutMs: 5000,
      shutdownGraceMs: 0,
      limits: {
        requests: {
          ip: { capacity: 60, refillPerSecond: 1 },
          key: { capacity: 10, refillPerSecond: 10 },
          endUser: undefined,
        },
        dailyTokens: { key: 5000, endUser: undefined },
      },
    });
    expect(loadConfig({ TESSERA_TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    expect(loadConfig({ TESSERA_TRUST_PROXY: 'false' }).trustProxyHops).toBe(0);
  });

  it('treats empty values as unset, as a shell does with PORT=', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '', REDIS_URL: '' })).toMatchObject({
      port: 8787,
      logLevel: 'info',
      redisUrl: undefined,
    });
  });

  it.each([
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, but it is "verbose". Set LOG_LEVEL=info or unset it.',
    ],
    [
      'REDIS_URL',
      'localhost:6379',
      'REDIS_URL must be a redis:// or rediss:// URL, but it is "localhost:6379". Set REDIS_URL=redis://localhost:6379',
    ],
    ['HOST', 'my host', 'HOST must be a host name or address without spaces'],
    ['TESSERA_TRUST_PROXY', 'yes', 'TESSERA_TRUST_PROXY must be true, false or the number of proxies'],
    [
      'TESSERA_FRAME_ANCESTORS',
      "'none' https://a.example",
      "TESSERA_FRAME_ANCESTORS must be 'none', or space-separated sources",
    ],
    ['TESSERA_FRAME_ANCESTORS', 'https://a.example; script-src *', 'TESSERA_FRAME_ANCESTORS must be'],
    [
      'TESSERA_REQUEST_TIMEOUT_MS',
      '50',
      'TESSERA_REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000, but it is "50"',
    ],
    ['TESSERA_SHUTDOWN_GRACE_MS', '10s', 'TESSERA_SHUTDOWN_GRACE_MS must be a whole number of milliseconds'],
    [
      'TESSERA_RATE_LIMIT_IP',
      '100 per minute',
      'TESSERA_RATE_LIMIT_IP must be <requests>/<s|min|h> or off, but it is "100 per minute". Set TESSERA_RATE_LIMIT_IP=120/min',
    ],
    ['TESSERA_DAILY_TOKENS_KEY', '-5', 'TESSERA_DAILY_TOKENS_KEY must be a whole number of tokens or off'],
  ])(
    'stops on %s=%s with one sentence naming the variable, the value and the fix',
    (name, value, expected) => {
      expect(messageOf({ [name]: value })).toContain(expected);
    },
  );

  it('refuses unknown TESSERA_ variables, suggesting the one that was probably meant', () => {
    const message = messageOf({
      TESSERA_DATADIR: '/data',
      TESSERA_REQUEST_TIMEOUT: '100',
      TESSERA_COLOUR: 'blue',
    });
    expect(message).toContain('TESSERA_DATADIR is not a Tessera setting; did you mean TESSERA_DATA_DIR?');
    expect(message).toContain(
      'TESSERA_REQUEST_TIMEOUT is not a Tessera setting; did you mean TESSERA_REQUEST_TIMEOUT_MS?',
    );
    expect(message).toContain('TESSERA_COLOUR is not a Tessera setting. Remove it');
    expect(message).not.toContain('TESSERA_COLOUR is not a Tessera setting; did you mean');
  });

  it('lists every problem at once, one line each, so they can all be fixed in one go', () => {
    const message = messageOf({ PORT: 'x', LOG_LEVEL: 'loud', tessera_data_dir: '/data' });
    expect(message.split('\n')).toEqual([
      'Tessera cannot start; fix the environment:',
      expect.stringMatching(/^- tessera_data_dir is not a Tessera setting; did you mean TESSERA_DATA_DIR\?/),
      expect.stringMatching(/^- PORT must be/),
      expect.stringMatching(/^- LOG_LEVEL must be/),
    ]);
  });
});
