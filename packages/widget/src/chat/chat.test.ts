import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../tessera-chat.js';
import type { TesseraChat } from './chat.js';

const serverUrl = document.querySelector<HTMLMetaElement>('meta[name="tessera-test-server"]')!.content;

const shadow = (el: TesseraChat) => el.shadowRoot!;
const logText = (el: TesseraChat) => shadow(el).querySelector('[part="log"]')!.textContent ?? '';

async function ask(el: TesseraChat, question: string): Promise<void> {
  const input = shadow(el).querySelector('textarea')!;
  input.value = question;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
}

const answered = (el: TesseraChat) =>
  waitUntil(
    () => shadow(el).querySelector('[part="send-button"]') && logText(el).includes('[1]'),
    'no answer',
    {
      timeout: 8000,
    },
  );

describe('<tessera-chat> inline, against the real server', () => {
  it('streams an answer with its sources when the user presses Enter', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${serverUrl}></tessera-chat>`);
    const seen: string[] = [];
    const watcher = new MutationObserver(() => seen.push(logText(el)));
    watcher.observe(shadow(el), { subtree: true, childList: true, characterData: true });

    await ask(el, 'When does the lighthouse museum open?');
    await answered(el);
    watcher.disconnect();

    const text = logText(el);
    expect(text).to.contain('When does the lighthouse museum open?');
    expect(text).to.contain('opens at nine in the morning');
    const sources = [...shadow(el).querySelectorAll('[part="source"]')];
    expect(sources.length).to.be.greaterThan(0);
    expect(sources[0]!.textContent).to.contain('The Lighthouse Handbook');
    expect(sources[0]!.textContent).to.contain('Opening hours');
    // The answer arrived in pieces: some render showed part of it but not yet the end.
    expect(seen.some((t) => t.includes('I am answering') && !t.includes('[1]'))).to.equal(true);
  });

  it('keeps Shift+Enter for a new line instead of sending', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${serverUrl}></tessera-chat>`);
    const input = shadow(el).querySelector('textarea')!;
    input.value = 'first line';
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="message"]').length).to.equal(0);
  });

  it('lets the host cancel a message through tessera-message-submit', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${serverUrl}></tessera-chat>`);
    el.addEventListener('tessera-message-submit', (event) => event.preventDefault());
    setTimeout(() => void el.send('blocked question'));
    const event = await oneEvent(el, 'tessera-message-submit');
    expect(event.detail.text).to.equal('blocked question');
    await el.updateComplete;
    expect(logText(el)).not.to.contain('blocked question');
  });

  it('renders hostile document text as text: nothing executes, no markup is created', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${serverUrl}></tessera-chat>`);
    await ask(el, 'What does the pelican payload say?');
    await answered(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(el);
    expect(root.querySelector('[part="log"] img, [part="log"] script')).to.equal(null);
    expect(logText(el)).to.contain('<script>');
    expect(root.querySelector('[part="source"]')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as { __tesseraPwned?: string }).__tesseraPwned).to.equal(undefined);
  });

  it('is accessible', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${serverUrl}></tessera-chat>`);
    await expect(el).to.be.accessible();
  });
});

describe('<tessera-chat> as a launcher', () => {
  it('opens on click, moves focus into the panel, and closes on Escape back to the launcher', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" base-url=${serverUrl}></tessera-chat>`,
    );
    const launcher = shadow(el).querySelector<HTMLButtonElement>('[part="launcher"]')!;
    const panel = shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
    expect(panel.hidden).to.equal(true);
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');

    setTimeout(() => launcher.click());
    await oneEvent(el, 'tessera-open');
    expect(panel.hidden).to.equal(false);
    expect(launcher.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('textarea'));

    setTimeout(() => panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await oneEvent(el, 'tessera-close');
    expect(panel.hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(launcher);
  });

  it('is accessible when open', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" open base-url=${serverUrl}></tessera-chat>`,
    );
    await expect(el).to.be.accessible();
  });
});
