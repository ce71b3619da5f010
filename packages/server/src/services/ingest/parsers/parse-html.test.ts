import { describe, expect, it } from 'vitest';
import { outline, parseOk } from '../../../testing/fixtures/parse-fixture.js';

const article = 'Tessera indexes documents and answers questions from them with citations. '.repeat(6);

describe('parseHtml', () => {
  it('keeps the main content with its structure and drops navigation chrome', async () => {
    const html = `<!doctype html><html><head><title>Docs – Tessera</title><script>alert(1)</script></head>
      <body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
      <header><div class="logo">ACME</div></header>
      <main><article><h1>Getting started</h1><p>${article}</p>
        <h2>Install</h2><ol><li>Download <b>the</b> bundle</li><li>Run it<ul><li>on Linux</li></ul></li></ol>
        <pre><code>npm install @tessera/server\nnpx tessera serve</code></pre>
        <table><thead><tr><th>Option</th><th>Default</th></tr></thead><tbody><tr><td>port</td><td>3000</td></tr></tbody></table>
      </article></main>
      <footer>© ACME · <a href="/privacy">Privacy</a></footer></body></html>`;
    const document = await parseOk(html, 'start.html');
    expect(document.title).toBe('Docs – Tessera');
    expect(document.text).not.toMatch(/Pricing|Privacy|alert|ACME/);
    const rows = outline(document).map(([kind, path, , text]) => [kind, path, text.slice(0, 40)]);
    expect(rows).toEqual([
      ['heading', 'Getting started', 'Getting started'],
      ['paragraph', 'Getting started', article.slice(0, 40)],
      ['heading', 'Getting started > Install', 'Install'],
      ['list', 'Getting started > Install', '1. Download the bundle\n2. Run it\n  - on '],
      ['code', 'Getting started > Install', 'npm install @tessera/server\nnpx tessera '],
      ['table', 'Getting started > Install', 'Option | Default\nport | 3000'],
    ]);
  });

  it('falls back to the body without chrome when the page has no article', async () => {
    const html = '<html><body><nav>Menu</nav><p>Short note.</p><div>Loose <i>text</i></div></body></html>';
    const document = await parseOk(html, 'note.htm');
    expect(outline(document).map(([, , , text]) => text)).toEqual(['Short note.', 'Loose text']);
  });
});
