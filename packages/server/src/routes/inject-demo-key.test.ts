import { describe, expect, it } from 'vitest';
import { injectDemoKey } from './inject-demo-key.js';

describe('injectDemoKey', () => {
  it('adds the key to the script tag and to chats without one, escaped', () => {
    const html =
      '<tessera-chat mode="inline"></tessera-chat><tessera-chat api-key="x"></tessera-chat><script src="/widget.js" async></script>';
    const out = injectDemoKey(html, 'tpk_a"b<c');
    expect(out).toBe(
      '<tessera-chat api-key="tpk_a&quot;b&lt;c" mode="inline"></tessera-chat><tessera-chat api-key="x"></tessera-chat><script src="/widget.js" data-key="tpk_a&quot;b&lt;c" async></script>',
    );
  });
});
