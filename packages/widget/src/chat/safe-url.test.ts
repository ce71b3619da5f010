import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeUrl('https://example.com/a?b=c')).to.equal('https://example.com/a?b=c');
    expect(safeUrl('http://example.com')).to.equal('http://example.com/');
    expect(safeUrl('mailto:help@example.com')).to.equal('mailto:help@example.com');
  });

  it('drops script, data and malformed links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil',
      'not a url',
      '',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });
});
