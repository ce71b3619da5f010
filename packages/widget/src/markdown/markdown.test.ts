import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { BlockLexer } from './block-lexer.js';
import type { MarkdownContext } from './markdown-context.js';
import { plainText } from './plain-text.js';
import { renderMarkdown } from './render-markdown.js';

const context: MarkdownContext = {
  citation: (n) => (n <= 2 ? html`<button part="citation">${n}</button>` : undefined),
  copyCode: 'Copy code',
  copied: 'Copied',
  version: '1',
};

function show(markdown: string, container = document.createElement('div')): HTMLElement {
  render(renderMarkdown(new BlockLexer().lex(markdown), context), container);
  return container;
}

describe('markdown rendering', () => {
  it('renders headings one level below the panel title, paragraphs and emphasis', () => {
    const el = show('# Title\n\n## Sub\n\nSome **bold**, *italic*, ~~gone~~ and `code`.');
    expect(el.querySelector('h3')!.textContent).to.equal('Title');
    expect(el.querySelector('h4')!.textContent).to.equal('Sub');
    expect(el.querySelector('p strong')!.textContent).to.equal('bold');
    expect(el.querySelector('p em')!.textContent).to.equal('italic');
    expect(el.querySelector('p del')!.textContent).to.equal('gone');
    expect(el.querySelector('p code')!.textContent).to.equal('code');
  });

  it('renders nested and ordered lists with their start number', () => {
    const el = show('3. three\n4. four\n   - nested a\n   - nested b\n\n- [x] done\n- [ ] open');
    const ol = el.querySelector('ol')!;
    expect(ol.getAttribute('start')).to.equal('3');
    expect(ol.querySelectorAll(':scope > li').length).to.equal(2);
    expect([...ol.querySelectorAll('li ul li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'nested a',
      'nested b',
    ]);
    expect(el.querySelector(':scope > ul')!.textContent).to.contain('☑ done').and.contain('☐ open');
  });

  it('renders tables with header, rows and alignment classes, in a scroll box', () => {
    const el = show('| Name | Price |\n|:-----|------:|\n| Tea | 2 |\n| Cake | 4 |');
    const table = el.querySelector('[part="table-scroll"] table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Name', 'Price']);
    expect(table.querySelectorAll('tbody tr').length).to.equal(2);
    expect(table.querySelector('td:last-child')!.className).to.equal('align-right');
    expect(table.querySelector('[style]')).to.equal(null);
  });

  it('renders code blocks with their language and a copy button that copies the code', async () => {
    const el = show('```ts\nconst a = "<b>";\n```');
    expect(el.querySelector('[part="code-language"]')!.textContent).to.equal('ts');
    expect(el.querySelector('pre code')!.textContent).to.equal('const a = "<b>";');
    expect(el.querySelector('pre b')).to.equal(null);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const button = el.querySelector<HTMLButtonElement>('[part="copy-code-button"]')!;
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(copied).to.deep.equal(['const a = "<b>";']);
      expect(button.hasAttribute('data-copied')).to.equal(true);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(clipboard);
    }
  });

  it('renders blockquotes, rules, line breaks and character references', () => {
    const el = show('> quoted\n\n---\n\nline one  \nline two &amp; &copy; &#x41;');
    expect(el.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted');
    expect(el.querySelector('hr')).to.be.instanceOf(Element);
    expect(el.querySelector('p br')).to.be.instanceOf(Element);
    expect([...el.querySelectorAll(':scope > p')].at(-1)!.textContent).to.equal('line oneline two & © A');
  });

  it('links only http, https and mailto, opening in a new tab without opener or referrer', () => {
    const el = show(
      '[a](https://example.com/?a=1&amp;b=2) [b](mailto:x@example.com) [c](javascript:alert(1)) ' +
        '[d](data:text/html,x) <https://auto.example> www.example.org',
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/?a=1&b=2',
      'mailto:x@example.com',
      'https://auto.example/',
      'http://www.example.org/',
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(el.textContent).to.contain('c').and.contain('d');
  });

  it('never loads images: a safe one becomes a link, an unsafe one its text', () => {
    const el = show('![logo](https://example.com/logo.png) ![x](javascript:alert(1))');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/logo.png');
    expect(el.querySelector('a')!.textContent).to.equal('logo');
    expect(el.textContent).to.contain('x');
  });

  it('shows raw HTML as text and creates no element from it', () => {
    const el = show('Hi <b onclick="x()">there</b>\n\n<div><script>alert(1)</script></div>');
    expect(el.querySelector('b, div, script')).to.equal(null);
    expect(el.textContent).to.contain('<b onclick="x()">').and.contain('<script>alert(1)</script>');
  });

  it('turns [n] into citations when n names a source, and leaves other brackets alone', () => {
    const el = show('See [1] and [1, 2], not [3] or `[1]`. [Link [2]](https://example.com)');
    expect(el.querySelectorAll('[part="citation"]').length).to.equal(3);
    expect(el.textContent).to.contain('[3]');
    expect(el.querySelector('code')!.textContent).to.equal('[1]');
    // No button inside a link: the citation stays text there.
    expect(el.querySelector('a [part="citation"]')).to.equal(null);
  });

  it('gives screen readers the text without markup', () => {
    const lexer = new BlockLexer();
    expect(plainText(lexer.lex('# Hi\n\n- **one** [1]\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |'))).to.equal(
      'Hi one [1] two a b 1 2',
    );
  });
});

describe('markdown while streaming', () => {
  it('keeps the DOM of finished blocks while the last one grows', () => {
    const container = document.createElement('div');
    const lexer = new BlockLexer();
    let text = '# Title\n\nFirst paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThe last para';
    render(renderMarkdown(lexer.lex(text), context), container);
    const heading = container.querySelector('h3')!;
    const paragraph = container.querySelector('p')!;
    const table = container.querySelector('table')!;
    for (const delta of ['graph grows', ' and grows.', '\n\nAnother block.']) {
      text += delta;
      render(renderMarkdown(lexer.lex(text), context), container);
    }
    expect(container.querySelector('h3')).to.equal(heading);
    expect(container.querySelector('p')).to.equal(paragraph);
    expect(container.querySelector('table')).to.equal(table);
    expect(container.querySelectorAll('p').length).to.equal(3);
  });

  it('does not render finished blocks again', () => {
    const renders: number[] = [];
    const counting: MarkdownContext = {
      ...context,
      citation: (n) => {
        renders.push(n);
        return html`<button>${n}</button>`;
      },
    };
    const container = document.createElement('div');
    const lexer = new BlockLexer();
    let text = 'One [1].\n\nTwo [2].\n\nThree';
    render(renderMarkdown(lexer.lex(text), counting), container);
    renders.length = 0;
    for (const delta of [' [3]', ' more', ' text.']) {
      text += delta;
      render(renderMarkdown(lexer.lex(text), counting), container);
    }
    // Only the last block, with citation 3, rendered again.
    expect(renders.every((n) => n === 3)).to.equal(true);
  });

  it('lexes a growing text into the same blocks as the whole text', () => {
    const whole = '# A\n\n1. x\n2. y\n\nPara\n\n```js\ncode\n```\n\n| h |\n|---|\n| c |\n\n> q';
    const lexer = new BlockLexer();
    for (let i = 0; i <= whole.length; i += 3) lexer.lex(whole.slice(0, i));
    const blocks = lexer.lex(whole);
    expect(blocks.map((block) => block.type)).to.deep.equal([
      'heading',
      'list',
      'paragraph',
      'code',
      'table',
      'blockquote',
    ]);
    expect(blocks.map((block) => block.raw).join('')).to.equal(
      new BlockLexer()
        .lex(whole)
        .map((block) => block.raw)
        .join(''),
    );
  });
});
