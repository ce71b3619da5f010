import type { UIMessageChunk } from '@tessera/core';

/** The base URL that stories give `<tessera-chat>` so that its requests reach this mock. */
export const MOCK_BASE_URL = 'https://tessera.mock';

/** The canned answers a story can choose, by the path of its base URL (see {@link mockBaseUrl}). */
export type MockScenario = 'cited' | 'long' | 'slow' | 'error' | 'rate-limited' | 'follow-ups';

/** The base URL whose requests this mock answers with `scenario`. */
export const mockBaseUrl = (scenario: MockScenario): string => `${MOCK_BASE_URL}/${scenario}`;

const source = (index: number, title: string, snippet: string, headingPath: string[], url?: string) =>
  ({
    type: 'source-document',
    sourceId: `c${index}`,
    mediaType: 'text/markdown',
    title,
    providerMetadata: {
      tessera: {
        index,
        documentId: `d${index}`,
        chunkId: `c${index}`,
        snippet,
        headingPath,
        score: 1,
        ...(url ? { url } : {}),
      },
    },
  }) satisfies UIMessageChunk;

/** Word-sized deltas, as a language model streams them. */
const words = (text: string): UIMessageChunk[] => [
  { type: 'text-start', id: 't1' },
  ...text.split(/(?<= )/).map((delta): UIMessageChunk => ({ type: 'text-delta', id: 't1', delta })),
  { type: 'text-end', id: 't1' },
];

const WHAT_IS = source(1, 'What is Tessera?', 'Tessera is an embeddable AI assistant kit.', [
  'What is Tessera?',
]);
const EMBEDDING = source(
  2,
  'Embedding the widget',
  'One script tag adds the launcher to any page; the chat loads on first use.',
  ['Guide', 'Embedding', 'Script tag'],
  'https://example.com/docs/embedding',
);

const LONG_ANSWER = `## Embedding options

Tessera fits any site [1]. There are **three ways** to embed it [2]:

| Way | Best for | Setup |
|:----|:---------|------:|
| Script tag | Any website | 1 line |
| npm element | Apps with a bundler | 2 lines |
| Framework | React, Vue, Svelte | 3 lines |

1. Create a publishable key.
2. Add the script tag:

\`\`\`html
<script src="https://assistant.example.com/widget.js" data-key="tpk_…" async></script>
\`\`\`

3. Style it with \`--tessera-accent\` and \`::part()\`:
   - colors and fonts through custom properties;
   - anything else through parts.

> The chat itself loads only when a visitor opens it.

See [the embedding guide](https://example.com/docs/embedding) for details.`;

const scenarios: Record<MockScenario, { chunks: UIMessageChunk[]; delay: number; status?: number }> = {
  cited: {
    chunks: [
      WHAT_IS,
      ...words('Tessera is an embeddable AI assistant kit that answers from your own documents [1].'),
    ],
    delay: 60,
  },
  long: { chunks: [WHAT_IS, EMBEDDING, ...words(LONG_ANSWER)], delay: 25 },
  slow: {
    chunks: [WHAT_IS, ...words(`${'Tessera streams answers word by word. '.repeat(40)}[1]`)],
    delay: 150,
  },
  error: {
    chunks: [
      ...words('Tessera is an embeddable'),
      { type: 'error', errorText: 'The answer could not be completed because of a server error.' },
    ],
    delay: 60,
  },
  'rate-limited': { chunks: [], delay: 0, status: 429 },
  'follow-ups': {
    chunks: [
      WHAT_IS,
      ...words('Tessera answers from your documents, with sources [1].'),
      { type: 'data-follow-ups', data: ['How do I embed it?', 'Can I change its colors?'] },
    ],
    delay: 40,
  },
};

function streamOf(chunks: UIMessageChunk[], delay: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: UIMessageChunk[] = [{ type: 'start', messageId: `msg_${Date.now()}` }, ...chunks];
  if (!chunks.some((chunk) => chunk.type === 'error')) parts.push({ type: 'finish', finishReason: 'stop' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream({
    async start(controller) {
      for (const part of parts) {
        await new Promise((resolve) => (timer = setTimeout(resolve, delay)));
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(part)}\n\n`));
      }
      controller.enqueue(encoder.encode('data: [DONE]\n\n'));
      controller.close();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

/**
 * Answers `POST {MOCK_BASE_URL}/<scenario>/v1/chat` in the browser with a canned UI message stream,
 * so stories show streaming, citations and errors without a server. Other requests pass through.
 */
export function installMockChatServer(): void {
  const realFetch = globalThis.fetch.bind(globalThis);
  if ((globalThis.fetch as { mocked?: boolean }).mocked) return;
  const mocked = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(MOCK_BASE_URL)) return realFetch(input, init);
    const name = new URL(url).pathname.split('/')[1] as MockScenario;
    const scenario = scenarios[name] ?? scenarios.cited;
    if (scenario.status) {
      return Promise.resolve(
        new Response(JSON.stringify({ title: 'Too Many Requests', status: scenario.status }), {
          status: scenario.status,
          // Zero, so the SDK's retries end at once and the story shows the error.
          headers: { 'content-type': 'application/problem+json', 'retry-after-ms': '0' },
        }),
      );
    }
    return Promise.resolve(
      new Response(streamOf(scenario.chunks, scenario.delay), {
        headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' },
      }),
    );
  };
  globalThis.fetch = Object.assign(mocked, { mocked: true });
}
