import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../tessera-chat.js';
import type { TesseraChat } from './chat.js';
import { ask, mockUrl, shadow } from '../testing/chat-helpers.js';

/** What a careless or hostile host page might put in its global CSS. */
const HOSTILE_CSS = `
  * { all: unset !important; }
  html { direction: rtl !important; writing-mode: vertical-lr !important; font-size: 40px !important; }
  html, body, div, section, p, button, textarea, tessera-chat {
    font: italic 700 40px/5 'Comic Sans MS', serif !important; color: red !important;
    letter-spacing: 10px !important; word-spacing: 20px !important; text-transform: uppercase !important;
    text-align: right !important; text-indent: 50px !important; white-space: pre !important;
    cursor: wait !important;
  }
  button, textarea, p, section, div, ol, li, article, header, form {
    margin: 50px !important; padding: 30px !important; border: 5px solid lime !important;
    background: yellow !important;
  }
  *, *::before, *::after { box-sizing: content-box !important; }
`;

const PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space',
  'direction',
  'writing-mode',
  'margin-top',
  'padding-top',
  'border-top-width',
  'box-sizing',
  'display',
] as const;

const KEY_PARTS = [
  'panel',
  'header',
  'title',
  'log',
  'input',
  'send-button',
  'launcher',
  'message-user',
  'message-text',
  'citation',
  'source',
  'heading',
  'table',
];

function snapshot(el: TesseraChat): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const part of KEY_PARTS) {
    const node = shadow(el).querySelector(`[part~="${part}"]`);
    expect(node, part).to.be.instanceOf(Element);
    const style = getComputedStyle(node!);
    result[part] = Object.fromEntries(PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
  }
  const rect = (part: string) => shadow(el).querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
  // The launcher's panel and button are sized and placed by the widget alone.
  result['geometry'] = Object.fromEntries(
    ['panel', 'launcher'].flatMap((part) => {
      const { x, y, width, height } = rect(part);
      return [[part, [x, y, width, height].map(Math.round).join()]];
    }),
  );
  return result;
}

describe('<tessera-chat> isolation from the host page', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => sheet?.remove());

  it('keeps the computed styles of its parts under hostile global CSS', async () => {
    const el = await fixture<TesseraChat>(
      html`<tessera-chat mode="launcher" open base-url=${mockUrl}></tessera-chat>`,
    );
    setTimeout(() => ask(el, 'markdown with citations'));
    await oneEvent(el, 'tessera-message-receive');
    await el.updateComplete;
    const before = snapshot(el);

    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
    // The hostile rules do apply to the page…
    expect(getComputedStyle(document.body).fontSize).to.equal('40px');
    expect(getComputedStyle(el).color).to.equal('rgb(255, 0, 0)');
    // …but not inside the widget.
    const after = snapshot(el);
    expect(after).to.deep.equal(before);
    expect(getComputedStyle(el).position).to.equal('fixed');
  });

  it('lets the host page theme it through --tessera-* properties and ::part()', async () => {
    const el = await fixture<TesseraChat>(html`<tessera-chat base-url=${mockUrl}></tessera-chat>`);
    sheet = document.createElement('style');
    sheet.textContent = `
      tessera-chat { --tessera-accent: rgb(1, 2, 3); --tessera-font: monospace; }
      tessera-chat::part(header) { background: rgb(4, 5, 6); }`;
    document.head.append(sheet);
    const root = shadow(el);
    expect(getComputedStyle(root.querySelector('[part="send-button"]')!).backgroundColor).to.equal(
      'rgb(1, 2, 3)',
    );
    expect(getComputedStyle(root.querySelector('[part="base"]')!).fontFamily).to.equal('monospace');
    expect(getComputedStyle(root.querySelector('[part="header"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});
