import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { TesseraChat } from '../chat/chat.js';
import { mockUrl, serverKey, serverUrl } from '../testing/chat-helpers.js';

// This file never imports the element: the loader must bring it, and only when needed.

/** The bundle as `npm run build` makes it, served by the test runner from memory. */
const LOADER = '/bundle/widget.js';

const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/bundle/widget/'));

/** Adds a script tag as a host page would, and resolves once it ran. */
async function addScript(data: Record<string, string> = {}): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  script.src = LOADER;
  Object.assign(script.dataset, data);
  document.body.append(script);
  await oneEvent(script, 'load');
  return script;
}

const widgets = () => window.TesseraWidget!.instances;
const lastWidget = () => widgets().at(-1)!;
const launcherOf = (element: Element) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!;

describe('the script-tag loader', () => {
  afterEach(() => window.TesseraWidget?.destroy());

  it('draws a launcher without loading the chat, and adds one global', async () => {
    const globals = new Set(Object.keys(window));
    await addScript({ baseUrl: mockUrl, locale: 'fr', theme: 'dark', position: 'left', key: 'tpk_test' });
    expect(Object.keys(window).filter((key) => !globals.has(key))).to.deep.equal(['TesseraWidget']);

    const element = document.querySelector('body > tessera-chat')!;
    expect(element.getAttribute('mode')).to.equal('launcher');
    expect(element.getAttribute('base-url')).to.equal(mockUrl);
    expect(element.getAttribute('api-key')).to.equal('tpk_test');
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.getAttribute('position')).to.equal('left');
    const launcher = launcherOf(element);
    expect(launcher.getAttribute('aria-label')).to.equal("Ouvrir l'assistant");
    expect(launcher.getBoundingClientRect().width).to.equal(56);
    // The element stays undefined, and no chunk of the chat was requested.
    expect(customElements.get('tessera-chat')).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunkRequests()).to.deep.equal([]);
  });

  it('loads the chat on the first click, opens it and moves focus into it', async () => {
    const globals = new Set(Object.keys(window));
    await addScript({ baseUrl: mockUrl });
    const element = lastWidget().element as TesseraChat;
    expect(chunkRequests()).to.deep.equal([]);

    setTimeout(() => launcherOf(element).click());
    await oneEvent(element, 'tessera-open');
    expect(chunkRequests().some((name) => /\/bundle\/widget\/tessera-chat-\w+\.js$/.test(name))).to.equal(
      true,
    );
    expect(customElements.get('tessera-chat')).to.be.a('function');
    expect(element.shadowRoot!.querySelectorAll('[part="launcher"]').length).to.equal(1);
    expect(element.shadowRoot!.activeElement).to.equal(element.shadowRoot!.querySelector('textarea'));
    // Only Lit's version markers join the loader's global.
    const added = Object.keys(window).filter((key) => !globals.has(key));
    expect(added.every((key) => /^(lit\w*Versions|reactiveElementVersions)$/.test(key))).to.equal(true);
  });

  it('answers from the real server with citations, through the script tag', async () => {
    await addScript({ baseUrl: serverUrl, key: serverKey });
    const widget = lastWidget();
    const chat = await widget.load();
    const received = oneEvent(chat, 'tessera-message-receive');
    await widget.send('When does the lighthouse museum open?');
    await received;
    await chat.updateComplete;
    expect(chat.shadowRoot!.querySelector('[part~="citation"]')).to.be.instanceOf(Element);
    expect(chat.shadowRoot!.querySelector('[part="source"]')!.textContent).to.contain('Lighthouse');
  });

  it('mounts once per script tag, and several widgets per page', async () => {
    const first = await addScript({ baseUrl: mockUrl });
    await addScript({ baseUrl: mockUrl, position: 'left' });
    expect(widgets().length).to.equal(2);
    expect(document.querySelectorAll('body > tessera-chat').length).to.equal(2);
    const again = window.TesseraWidget!.mount({ ...widgets()[0]!.options, position: 'left' }, first);
    expect(again).to.equal(widgets()[0]);
    expect(widgets().length).to.equal(2);
  });

  it('puts the launcher back when a single-page app replaces the page content', async () => {
    await addScript({ baseUrl: mockUrl });
    const { element } = lastWidget();
    element.remove();
    await waitUntil(() => element.isConnected, 'not put back');
    expect(element.parentElement).to.equal(document.body);
  });

  it('removes itself for good with destroy()', async () => {
    await addScript({ baseUrl: mockUrl });
    const widget = lastWidget();
    widget.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(widget.element.isConnected).to.equal(false);
    expect(widgets()).not.to.include(widget);
  });

  it('opens at once with data-open, and offers the programmatic API', async () => {
    await addScript({ baseUrl: mockUrl, open: '' });
    const widget = lastWidget();
    const chat = widget.element as TesseraChat;
    await waitUntil(() => chat.open, 'not opened');
    await widget.close();
    expect(chat.open).to.equal(false);
    await widget.toggle();
    expect(chat.open).to.equal(true);
    const received = oneEvent(chat, 'tessera-message-receive');
    await widget.send('Hello');
    expect((await received).detail.message.role).to.equal('assistant');
    await widget.reset();
    expect(chat.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
  });

  it('connects chats already written into the page to its server', async () => {
    const inline = document.createElement('tessera-chat');
    inline.setAttribute('mode', 'inline');
    document.body.append(inline);
    await addScript({ baseUrl: mockUrl, key: 'tpk_page' });
    expect(inline.getAttribute('base-url')).to.equal(mockUrl);
    expect(inline.getAttribute('api-key')).to.equal('tpk_page');
    inline.remove();
  });
});
