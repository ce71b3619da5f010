import type { UIMessageChunk } from '@tessera/core';

/** The base URL that stories give `<tessera-chat>` so that its requests reach this mock. */
export const MOCK_BASE_URL = 'https://tessera.mock';

const answer: UIMessageChunk[] = [
  { type: 'start', messageId: 'msg_story' },
  {
    type: 'source-document',
    sourceId: 'c1',
    mediaType: 'text/markdown',
    title: 'What is Tessera?',
    filename: '01-what-is-tessera.md',
    providerMetadata: {
      tessera: {
        index: 1,
        documentId: 'd1',
        chunkId: 'c1',
        snippet: 'Tessera is an embeddable AI assistant kit.',
        headingPath: ['What is Tessera?'],
        score: 1,
      },
    },
  },
  { type: 'text-start', id: 't1' },
  ...'Tessera is an embeddable AI assistant kit that answers from your own documents [1].'
    .split(/(?<= )/)
    .map((delta): UIMessageChunk => ({ type: 'text-delta', id: 't1', delta })),
  { type: 'text-end', id: 't1' },
  { type: 'finish', finishReason: 'stop' },
];

/**
 * Answers `POST {MOCK_BASE_URL}/v1/chat` in the browser with a canned UI message stream, one part
 * every 60 ms, so stories show streaming without a server. Other requests pass through.
 */
export function installMockChatServer(): void {
  const realFetch = globalThis.fetch.bind(globalThis);
  if ((realFetch as { mocked?: boolean }).mocked) return;
  const mocked = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(MOCK_BASE_URL)) return realFetch(input, init);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        for (const part of answer) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(part)}\n\n`));
        }
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
      },
    });
    return Promise.resolve(
      new Response(body, {
        headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' },
      }),
    );
  };
  globalThis.fetch = Object.assign(mocked, { mocked: true });
}
