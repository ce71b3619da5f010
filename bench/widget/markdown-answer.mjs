/**
 * A deterministic ~2,000-token Markdown answer (headings, lists, tables, code, citations), split
 * into `messages` SSE parts, as a language model would stream it.
 */
export function markdownAnswer() {
  const sections = [];
  for (let i = 1; i <= 6; i++) {
    sections.push(
      `## Part ${i}: configuring the assistant\n\n` +
        `The assistant answers from your documents [${i}]. It streams **Markdown**, with \`inline code\`, ` +
        `emphasis and [links](https://example.com/docs/${i}). Each paragraph below is long enough to wrap ` +
        `over several lines in a narrow panel, which is where incremental rendering matters most [${i}].\n\n` +
        `- First, create a publishable key for your site's origin.\n- Then add the script tag to the page.\n` +
        `  - Nested: choose the launcher position.\n  - Nested: choose the theme.\n- Finally, ask a question.\n\n` +
        `| Setting | Default | Meaning |\n| --- | --- | --- |\n| mode | launcher | floating or inline |\n` +
        `| theme | auto | light, dark or auto |\n| locale | browser | one of twelve languages |\n\n` +
        '```js\n' +
        `import { Tessera } from '@tessera/sdk';\nconst client = new Tessera({ baseURL: 'https://example.com' });\n` +
        `for await (const part of client.chat.stream({ messages })) console.log(part.type);\n` +
        '```\n\n',
    );
  }
  return sections.join('');
}

/** The answer as UI message stream parts: start, one source, `messages` text deltas, finish. */
export function answerParts(messages = 40) {
  const text = markdownAnswer();
  const size = Math.ceil(text.length / messages);
  const deltas = [];
  for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
  return [
    { type: 'start', messageId: 'bench' },
    {
      type: 'source-document',
      sourceId: 's1',
      mediaType: 'text/markdown',
      title: 'Bench guide',
      providerMetadata: {
        tessera: {
          index: 1,
          documentId: 'd',
          chunkId: 's1',
          snippet: 'A snippet.',
          headingPath: [],
          score: 1,
        },
      },
    },
    { type: 'text-start', id: 't' },
    ...deltas.map((delta) => ({ type: 'text-delta', id: 't', delta })),
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: 'stop' },
  ];
}
