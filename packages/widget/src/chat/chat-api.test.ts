import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ChatRequest } from '@tessera/core';
import '../tessera-chat.js';
import type { TesseraMessageReceiveEvent } from '../events/message-receive.js';
import type { TesseraChat } from './chat.js';
import { ask, logText, mockUrl, shadow } from '../testing/chat-helpers.js';

const make = (extra = html``) =>
  fixture<TesseraChat>(
    html`<div><tessera-chat base-url=${mockUrl} style="height: 520px"></tessera-chat>${extra}</div>`,
  ).then((wrapper) => wrapper.querySelector('tessera-chat')!);

/** Records the requests the widget makes, through the global fetch the SDK calls. */
function recordRequests(): { requests: { headers: Headers; body: ChatRequest }[]; restore(): void } {
  const original = globalThis.fetch;
  const requests: { headers: Headers; body: ChatRequest }[] = [];
  globalThis.fetch = (input, init) => {
    requests.push({
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)) as ChatRequest,
    });
    return original(input, init);
  };
  return { requests, restore: () => void (globalThis.fetch = original) };
}

describe('<tessera-chat> programmatic API and events', () => {
  it('opens, closes and toggles with show(), hide() and toggle(), each announced by an event', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" base-url=${mockUrl}></tessera-chat>`,
    );
    const seen: string[] = [];
    const record = (event: Event) => seen.push(`${event.type}:${event.composed}`);
    // Listening on the document: the events bubble and cross the shadow boundary.
    document.addEventListener('tessera-open', record);
    document.addEventListener('tessera-close', record);
    el.show();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    el.hide();
    await el.updateComplete;
    el.toggle();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    document.removeEventListener('tessera-open', record);
    document.removeEventListener('tessera-close', record);
    expect(seen).to.deep.equal(['tessera-open:true', 'tessera-close:true', 'tessera-open:true']);
  });

  it('sends with send() and reports the completed answer with tessera-message-receive', async () => {
    const el = await make();
    const submitted = oneEvent(el, 'tessera-message-submit');
    const received = oneEvent<TesseraMessageReceiveEvent>(el, 'tessera-message-receive');
    await el.send('  Hello there  ');
    expect((await submitted).detail.text).to.equal('Hello there');
    const { message } = (await received).detail;
    expect(message.role).to.equal('assistant');
    expect(message.parts.find((part) => part.type === 'text')).to.include({ text: 'A mock answer.' });
    await el.updateComplete;
    expect(logText(el)).to.contain('A mock answer.');
  });

  it('starts a new conversation with reset(), under a new id', async () => {
    const el = await make();
    const recorder = recordRequests();
    try {
      await el.send('First question');
      el.reset();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part~="message"]').length).to.equal(0);
      expect(shadow(el).querySelector('[part="greeting"]')).to.be.instanceOf(Element);
      await el.send('Second question');
      await el.updateComplete;
      expect(logText(el)).not.to.contain('First question');
      const [first, second] = recorder.requests;
      expect(second!.body.messages.length).to.equal(1);
      expect(second!.body.id).not.to.equal(first!.body.id);
    } finally {
      recorder.restore();
    }
  });

  it('sends the end user token from setUser() with every later request, keeping the conversation', async () => {
    const el = await make();
    const recorder = recordRequests();
    try {
      await el.send('Before');
      el.setUser('user-token-1');
      await el.send('After');
      const [before, after] = recorder.requests;
      expect(before!.headers.has('x-tessera-user-token')).to.equal(false);
      expect(after!.headers.get('x-tessera-user-token')).to.equal('user-token-1');
      expect(after!.body.id).to.equal(before!.body.id);
      expect(after!.body.messages.length).to.equal(3);
    } finally {
      recorder.restore();
    }
  });

  it('regenerates the last answer with regenerate()', async () => {
    const el = await make();
    await el.send('Hello');
    const received = oneEvent(el, 'tessera-message-receive');
    await el.regenerate();
    await received;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="message-assistant"]').length).to.equal(1);
  });

  it('offers starter prompts under the greeting, and sends the one clicked', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat
        base-url=${mockUrl}
        greeting="Welcome to the lighthouse."
        starters='["When do you open?", "How much is a ticket?"]'
      ></tessera-chat>`,
    );
    expect(shadow(el).querySelector('[part="greeting"]')!.textContent).to.equal('Welcome to the lighthouse.');
    const starters = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="starter"]')];
    expect(starters.map((button) => button.textContent!.trim())).to.deep.equal([
      'When do you open?',
      'How much is a ticket?',
    ]);
    expect(shadow(el).querySelector('[part="starters"]')!.getAttribute('aria-label')).to.equal(
      'Suggested questions',
    );
    setTimeout(() => starters[1]!.click());
    expect((await oneEvent(el, 'tessera-message-submit')).detail.text).to.equal('How much is a ticket?');
  });

  it('offers the follow-up questions of the last answer, and sends the one clicked', async () => {
    const el = await make();
    await el.send('Any follow-ups?');
    await el.updateComplete;
    const followUps = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="follow-up"]')];
    expect(followUps.map((button) => button.textContent!.trim())).to.deep.equal([
      'How much is a ticket?',
      'Is it open on Sundays?',
    ]);
    setTimeout(() => followUps[1]!.click());
    expect((await oneEvent(el, 'tessera-message-submit')).detail.text).to.equal('Is it open on Sundays?');
    await el.updateComplete;
    // Suggestions belong to the last answer only.
    expect(shadow(el).querySelector('[part="follow-up"]')).to.equal(null);
  });

  it('copies an answer with its copy button', async () => {
    const el = await make();
    await el.send('Hello');
    await el.updateComplete;
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="copy-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Copy answer');
      button.click();
      await waitUntil(() => button.hasAttribute('data-copied'));
      expect(copied).to.deep.equal(['A mock answer.']);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

describe('<tessera-chat> errors', () => {
  async function failure(el: TesseraChat, question: string) {
    setTimeout(() => ask(el, question));
    const event = await oneEvent(el, 'tessera-error');
    await el.updateComplete;
    return { event, alert: shadow(el).querySelector('[part="error"]')! };
  }

  it('says when the server is rate limiting, and retries on request', async () => {
    const el = await make();
    const { event, alert } = await failure(el, 'rate limit me');
    expect(event.detail.kind).to.equal('rate-limited');
    expect(event.detail.error.name).to.equal('RateLimitError');
    expect(alert.textContent).to.contain('Too many requests right now.');
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click());
    expect((await oneEvent(el, 'tessera-error')).detail.kind).to.equal('rate-limited');
  });

  it('says when the server failed, whether by status or by an error part', async () => {
    const el = await make();
    expect((await failure(el, 'server down')).event.detail.kind).to.equal('server');
    const { event, alert } = await failure(el, 'an error part');
    expect(event.detail.kind).to.equal('server');
    expect(alert.textContent).to.contain('Something went wrong on the server.');
    expect(logText(el)).to.contain('Half an answer');
  });

  it('says when the reader is offline', async () => {
    // Nothing listens on port 9, so the connection is refused, as when offline.
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url="http://127.0.0.1:9"></tessera-chat>`);
    const { event, alert } = await failure(el, 'Anyone there?');
    expect(event.detail.kind).to.equal('offline');
    expect(alert.textContent).to.contain('You seem to be offline.');
    expect(alert.querySelector('[part="retry-button"]')).to.be.instanceOf(Element);
  });
});
