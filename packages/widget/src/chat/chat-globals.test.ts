import { expect } from '@open-wc/testing';
import type { TesseraChat } from './chat.js';
import { mockUrl } from '../testing/chat-helpers.js';

/** The only globals Lit itself adds: version markers that let copies detect each other. */
const LIT_GLOBALS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litIssuedWarnings'];

describe('@tessera/widget on a page', () => {
  it('adds no global but Lit’s markers, and no style to the page', async () => {
    const globals = new Set(Object.keys(window));
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const probe = document.createElement('p');
    probe.textContent = 'Host text';
    document.body.append(probe);
    const probeStyle = JSON.stringify(getComputedStyle(probe));

    // Imported here, not at the top, so the globals above are the page's own.
    await import('../index.js');
    const el = document.createElement('tessera-chat') as TesseraChat;
    el.baseUrl = mockUrl;
    document.body.append(el);
    await el.send('Hello');
    await el.updateComplete;

    const added = Object.keys(window).filter((key) => !globals.has(key) && !LIT_GLOBALS.includes(key));
    expect(added).to.deep.equal([]);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(0);
    expect(JSON.stringify(getComputedStyle(probe))).to.equal(probeStyle);
    el.remove();
    probe.remove();
  });
});
