import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../tessera-chat.js';
import type { TesseraChat } from './chat.js';
import { mockUrl, shadow } from '../testing/chat-helpers.js';

describe('<tessera-chat> on a phone', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('overflow');
    await setViewport({ width: 800, height: 600 });
  });

  it('opens the launcher full screen and locks the page behind, restoring it on close', async () => {
    await setViewport({ width: 390, height: 700 });
    document.documentElement.style.overflow = 'scroll';
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" base-url=${mockUrl}></tessera-chat>`,
    );
    el.show();
    await el.updateComplete;
    const panel = shadow(el).querySelector('[part="panel"]')!.getBoundingClientRect();
    expect([panel.x, panel.y, panel.width, panel.height]).to.deep.equal([0, 0, 390, 700]);
    expect(getComputedStyle(shadow(el).querySelector('[part="launcher"]')!).display).to.equal('none');
    expect(document.documentElement.style.overflow).to.equal('hidden');

    el.hide();
    await el.updateComplete;
    expect(document.documentElement.style.overflow).to.equal('scroll');
    expect(getComputedStyle(shadow(el).querySelector('[part="launcher"]')!).display).not.to.equal('none');
  });

  it('restores the page when the open widget is removed', async () => {
    await setViewport({ width: 390, height: 700 });
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" open base-url=${mockUrl}></tessera-chat>`,
    );
    expect(document.documentElement.style.overflow).to.equal('hidden');
    el.remove();
    expect(document.documentElement.style.overflow).to.equal('');
  });

  it('leaves the page alone on a wide screen, where the panel floats', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" open base-url=${mockUrl}></tessera-chat>`,
    );
    const panel = shadow(el).querySelector('[part="panel"]')!.getBoundingClientRect();
    expect(panel.width).to.equal(380);
    expect(panel.right).to.be.closeTo(780, 1);
    expect(document.documentElement.style.overflow).to.equal('');
  });
});
