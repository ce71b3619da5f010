import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../tessera-chat.js';
import type { TesseraChat } from '../chat/chat.js';
import { ask, logText, mockUrl, shadow } from '../testing/chat-helpers.js';

async function answer(question: string): Promise<TesseraChat> {
  const el = await fixture<TesseraChat>(
    html`<tessera-chat base-url=${mockUrl} style="height: 560px; width: 420px"></tessera-chat>`,
  );
  setTimeout(() => ask(el, question));
  await oneEvent(el, 'tessera-message-receive');
  await el.updateComplete;
  return el;
}

const previewOf = (el: TesseraChat, marker: Element) =>
  shadow(el).getElementById(marker.getAttribute('aria-describedby')!)!;

const shown = (element: Element) => getComputedStyle(element).display !== 'none';

const center = (element: Element): [number, number] => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
};

describe('citations', () => {
  afterEach(() => resetMouse());

  it('turns the markers that name a source into buttons, and keeps the others as text', async () => {
    const el = await answer('Show me citations');
    const markers = [...shadow(el).querySelectorAll('[part~="message-assistant"] [part~="citation"]')];
    expect(markers.map((marker) => marker.textContent!.trim())).to.deep.equal(['1', '2']);
    expect(markers[0]!.getAttribute('aria-label')).to.equal('Source 1');
    expect(logText(el)).to.contain('Not a source: [7].');
    // The sources list stays under the answer, with a link only where the address is safe.
    const sources = shadow(el).querySelectorAll('[part="source"]');
    expect(sources.length).to.equal(2);
    expect(sources[0]!.querySelector('a')!.href).to.equal('https://example.com/hb');
    expect(sources[1]!.querySelector('a')).to.equal(null);
  });

  it('previews the source on keyboard focus, hides it on Escape, and jumps to it on Enter', async () => {
    const el = await answer('Show me citations');
    shadow(el).querySelector<HTMLButtonElement>('[part="new-conversation-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const marker = shadow(el).activeElement!;
    expect(marker.getAttribute('part')).to.equal('citation');
    const preview = previewOf(el, marker);
    expect(preview.getAttribute('role')).to.equal('tooltip');
    expect(shown(preview)).to.equal(true);
    expect(preview.textContent).to.contain('The Lighthouse Handbook');
    expect(preview.textContent).to.contain('Opening hours');
    expect(preview.textContent).to.contain('The museum opens at nine in the morning.');

    await sendKeys({ press: 'Escape' });
    expect(shown(preview)).to.equal(false);
    expect(shadow(el).activeElement).to.equal(marker);

    await sendKeys({ press: 'Enter' });
    const target = shadow(el).activeElement!;
    expect(target.getAttribute('part')).to.equal('source');
    expect(target.getAttribute('data-source-index')).to.equal('1');
  });

  it('previews the source on hover, and keeps it while the pointer moves onto it', async () => {
    const el = await answer('Show me citations');
    const marker = shadow(el).querySelectorAll('[part~="citation"]')[1]!;
    const preview = previewOf(el, marker);
    expect(shown(preview)).to.equal(false);

    await sendMouse({ type: 'move', position: center(marker) });
    expect(shown(preview)).to.equal(true);
    expect(preview.textContent).to.contain('Tour guide');

    await sendMouse({ type: 'move', position: center(preview) });
    expect(shown(preview)).to.equal(true);

    await sendMouse({ type: 'move', position: [1, 1] });
    expect(shown(preview)).to.equal(false);
  });
});

describe('untrusted text in answers and sources', () => {
  it('never runs script, creates no element and links no unsafe address', async () => {
    const el = await answer('xss please');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(el);
    expect(
      root.querySelectorAll('img, script, iframe, style, object, embed, div[onmouseover]').length,
    ).to.equal(0);
    expect(root.querySelector('[onerror], [onload], [onmouseover], [onclick]')).to.equal(null);
    // The only SVGs are the widget's own icons, inside its buttons.
    expect([...root.querySelectorAll('svg')].every((svg) => svg.closest('button'))).to.equal(true);
    for (const link of root.querySelectorAll('[href]')) {
      expect(link.getAttribute('href')).to.match(/^(https?|mailto):/);
    }
    expect((window as { __tesseraPwned?: string }).__tesseraPwned).to.equal(undefined);

    // Everything is still there, as text.
    const text = logText(el);
    expect(text).to.contain('<img src=x onerror=');
    expect(text).to.contain('<script>');
    expect(text).to.contain('<div onmouseover=');
    const sources = root.querySelectorAll('[part="source"]');
    expect(sources[0]!.textContent).to.contain('<img src=x onerror=').and.contain('<script>');
    expect(sources[1]!.textContent).to.contain('<svg onload=');
    expect(root.querySelector('[part="source-link"]')).to.equal(null);
    expect(previewOf(el, root.querySelector('[part~="citation"]')!).textContent).to.contain('<img src=x');
  });
});
