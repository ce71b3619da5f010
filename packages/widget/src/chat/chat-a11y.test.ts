import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../tessera-chat.js';
import type { TesseraChat } from './chat.js';
import { ask, logText, mockUrl, serverKey, serverUrl, shadow } from '../testing/chat-helpers.js';

const liveRegion = (el: TesseraChat) => shadow(el).querySelector('[role="status"][aria-live="polite"]')!;

async function withAnswer(theme: string, mode = 'inline'): Promise<TesseraChat> {
  const el = await fixture<TesseraChat>(
    html`<tessera-chat
      base-url=${mockUrl}
      theme=${theme}
      mode=${mode}
      ?open=${mode === 'launcher'}
      style="height: 560px"
    ></tessera-chat>`,
  );
  for (const question of ['markdown answer please', 'citations please', 'follow-ups please']) {
    setTimeout(() => ask(el, question));
    await oneEvent(el, 'tessera-message-receive');
  }
  await el.updateComplete;
  return el;
}

describe('<tessera-chat> accessibility', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations, empty and with answers, in the ${theme} theme`, async () => {
      const empty = await fixture<TesseraChat>(
        html`<tessera-chat base-url=${mockUrl} theme=${theme} starters='["One?", "Two?"]'></tessera-chat>`,
      );
      await expect(empty).to.be.accessible();
      const answered = await withAnswer(theme);
      expect(
        shadow(answered).querySelector('table, [part="code-block"], [part~="citation"]'),
      ).to.be.instanceOf(Element);
      await expect(answered).to.be.accessible();
    });

    it(`has no axe violations as a launcher, closed and open, in the ${theme} theme`, async () => {
      const closed = await fixture<TesseraChat>(
        html`<tessera-chat mode="launcher" theme=${theme} base-url=${mockUrl}></tessera-chat>`,
      );
      await expect(closed).to.be.accessible();
      const open = await withAnswer(theme, 'launcher');
      await expect(open).to.be.accessible();
    });
  }

  it('follows the system color scheme with theme="auto"', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat theme="auto" base-url=${mockUrl}></tessera-chat>`,
    );
    const panel = shadow(el).querySelector('[part="panel"]')!;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(el).to.be.accessible();
  });

  it('announces a completed answer once, and not its tokens while they stream', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    expect(shadow(el).querySelector('[part="log"]')!.getAttribute('role')).to.equal('log');
    // The log itself is silent; only the separate live region speaks.
    expect(shadow(el).querySelector('[part="log"]')!.getAttribute('aria-live')).to.equal('off');
    ask(el, 'Tell me about the lamp, slowly');
    await waitUntil(() => logText(el).includes('word5 '), 'no words', { timeout: 5000 });
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    el.stop();
    await waitUntil(() => shadow(el).querySelector('[part="send-button"]'), 'not stopped');

    const answered = oneEvent(el, 'tessera-message-receive');
    ask(el, 'What is the lamp?');
    await answered;
    await el.updateComplete;
    const announced = liveRegion(el).textContent!;
    expect(announced).to.contain('Fresnel lens');
    // Plain text: no markdown markup is read out.
    expect(announced).not.to.match(/^- |\*\*/m);
  });

  it('labels every control and shows a visible focus ring on keyboard focus', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${mockUrl}></tessera-chat>`);
    for (const button of shadow(el).querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') || button.textContent!.trim()).not.to.equal('');
    }
    expect(shadow(el).querySelector('textarea')!.getAttribute('aria-label')).to.equal('Your question');
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const focused = shadow(el).activeElement!;
    expect(focused.getAttribute('part')).to.equal('new-conversation-button');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
  });

  it('sends on Enter and adds a line on Shift+Enter from the keyboard', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${mockUrl}></tessera-chat>`);
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'line one' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'line two' });
    expect(shadow(el).querySelector('textarea')!.value).to.equal('line one\nline two');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'tessera-message-submit')).detail.text).to.equal('line one\nline two');
  });

  it('stops animating when the reader prefers reduced motion', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    ask(el, 'Tell me about the lamp, slowly');
    await waitUntil(() => shadow(el).querySelector('[part="typing"] i'), 'no typing indicator', {
      timeout: 5000,
    });
    const dot = shadow(el).querySelector('[part="typing"] i')!;
    expect(getComputedStyle(dot).animationName).to.equal('tessera-pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(dot).animationName).to.equal('none');
    el.stop();
  });
});
