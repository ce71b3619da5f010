import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 8787 and ./.tessera', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.dataDir.endsWith('.tessera')).toBe(true);
  });
  it.each(['abc', '-1', '70000', '80.5'])('stops on PORT=%s with a message naming the fix', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be a whole number/);
  });
});
