import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../tessera-chat.js';
import type { TesseraChat } from './chat.js';
import { ask, logText, serverKey, serverUrl, shadow } from '../testing/chat-helpers.js';

const answered = (el: TesseraChat) =>
  waitUntil(
    () => shadow(el).querySelector('[part="send-button"]') && shadow(el).querySelector('[part~="citation"]'),
    'no answer',
    { timeout: 8000 },
  );

describe('<tessera-chat> inline, against the real server', () => {
  it('streams an answer with its sources when the user presses Enter', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    ask(el, 'When does the lighthouse museum open?');
    await answered(el);

    const text = logText(el);
    expect(text).to.contain('When does the lighthouse museum open?');
    expect(text).to.contain('opens at nine in the morning');
    const sources = [...shadow(el).querySelectorAll('[part="source"]')];
    expect(sources.length).to.be.greaterThan(0);
    expect(sources[0]!.textContent).to.contain('The Lighthouse Handbook');
    expect(sources[0]!.textContent).to.contain('Opening hours');
    // The extractive answer is a markdown list whose items cite their passage.
    expect(shadow(el).querySelector('[part~="message-assistant"] ul li [part~="citation"]')).to.be.instanceOf(
      Element,
    );
  });

  it('keeps Shift+Enter for a new line instead of sending', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    const input = shadow(el).querySelector('textarea')!;
    input.value = 'first line';
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="message"]').length).to.equal(0);
  });

  it('lets the host cancel a message through tessera-message-submit', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    el.addEventListener('tessera-message-submit', (event) => event.preventDefault());
    setTimeout(() => void el.send('blocked question'));
    const event = await oneEvent(el, 'tessera-message-submit');
    expect(event.detail.text).to.equal('blocked question');
    await el.updateComplete;
    expect(logText(el)).not.to.contain('blocked question');
  });

  it('renders hostile document text as text: nothing executes, no markup is created', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    ask(el, 'What does the pelican payload say?');
    await answered(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(el);
    expect(root.querySelector('[part="log"] img, [part="log"] script')).to.equal(null);
    expect(logText(el)).to.contain('<script>');
    expect(root.querySelector('[part="source"]')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as { __tesseraPwned?: string }).__tesseraPwned).to.equal(undefined);
  });

  it('stops an answer mid-way, keeps what arrived, and does not count it as received', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    let received = 0;
    el.addEventListener('tessera-message-receive', () => received++);
    ask(el, 'Tell me about the lamp, slowly');
    // Words show while the answer is still being written.
    await waitUntil(() => logText(el).includes('word3 '), 'no words', { timeout: 5000 });
    expect(shadow(el).querySelector('[part~="message-assistant"]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    shadow(el).querySelector<HTMLButtonElement>('[part="stop-button"]')!.click();
    await waitUntil(() => shadow(el).querySelector('[part="send-button"]'), 'not stopped');
    const kept = logText(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logText(el)).to.equal(kept);
    expect(kept).not.to.contain('word399');
    expect(received).to.equal(0);
  });

  it('regenerates the last answer in place', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    ask(el, 'What is the lamp?');
    await answered(el);
    const first = shadow(el).querySelector('[part~="message-assistant"]');
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="regenerate-button"]')!.click());
    await oneEvent(el, 'tessera-message-receive');
    await el.updateComplete;
    const answers = shadow(el).querySelectorAll('[part~="message-assistant"]');
    expect(answers.length).to.equal(1);
    expect(answers[0]).not.to.equal(first);
    expect(shadow(el).querySelectorAll('[part~="message-user"]').length).to.equal(1);
    expect(logText(el)).to.contain('Fresnel lens');
  });

  it('shows a server error with a retry button that asks again', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
    );
    setTimeout(() => ask(el, 'Please crash now'));
    const failure = await oneEvent(el, 'tessera-error');
    expect(failure.detail.kind).to.equal('server');
    await el.updateComplete;
    const alert = shadow(el).querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Something went wrong on the server.');
    // The words before the failure stay visible.
    expect(logText(el)).to.contain('The first words');
    // Retrying the same question crashes again, so the retry is checked through its request.
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click());
    await oneEvent(el, 'tessera-error');
    expect(shadow(el).querySelectorAll('[part~="message-user"]').length).to.equal(1);
  });
});

describe('<tessera-chat> as a launcher', () => {
  it('opens on click, moves focus into the panel, and closes on Escape back to the launcher', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" base-url=${serverUrl} api-key=${serverKey}></tessera-chat>`,
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
});
