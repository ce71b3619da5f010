// A fake `POST /mock/v1/chat` for the browser tests: exact streams the real server never sends
// (hostile sources, follow-ups, rate limits, error parts). The last user message picks the stream.
import { Readable } from 'node:stream';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const source = (index, title, snippet, url) => ({
  type: 'source-document',
  sourceId: `s${index}`,
  mediaType: 'text/markdown',
  title,
  providerMetadata: {
    tessera: {
      index,
      documentId: `d${index}`,
      chunkId: `c${index}`,
      snippet,
      headingPath: ['Handbook', 'Opening hours'],
      score: 1,
      ...(url ? { url } : {}),
    },
  },
});

/** Splits text into small deltas, so the widget sees it arrive in pieces. */
const text = (value, size = 12) => {
  const parts = [{ type: 'text-start', id: 't1' }];
  for (let i = 0; i < value.length; i += size) {
    parts.push({ type: 'text-delta', id: 't1', delta: value.slice(i, i + size) });
  }
  parts.push({ type: 'text-end', id: 't1' });
  return parts;
};

export const MARKDOWN_ANSWER = [
  '# Visiting hours',
  '',
  'The museum opens at **nine** and closes at *five* [1].',
  '',
  '## Prices',
  '',
  '| Ticket | Price |',
  '|:-------|------:|',
  '| Adult  | 12 €  |',
  '| Child  | 6 €   |',
  '',
  '1. Buy a ticket',
  '2. Climb the stairs',
  '   - mind the step',
  '   - hold the rail',
  '',
  '```js',
  "const greeting = '<b>hello</b>';",
  '```',
  '',
  '> Quoted `inline code` and a [link](https://example.com/tours).',
  '',
  '---',
  '',
  'Line one  ',
  'line two.',
].join('\n');

const PWN = "window.__tesseraPwned='";
export const XSS_ANSWER = [
  `Text <img src=x onerror="${PWN}img'"> and <script>${PWN}script'</script> and <svg onload="${PWN}svg'"></svg> [1]`,
  '',
  `[click](javascript:${PWN}link') ![pic](javascript:${PWN}image') [data](data:text/html,<script>alert(1)</script>)`,
  '',
  `<div onmouseover="${PWN}div'">block html</div>`,
  '',
  '<iframe src="javascript:alert(1)"></iframe><style>*{display:none}</style>',
].join('\n');

const scenarios = [
  {
    match: /markdown/i,
    parts: () => [source(1, 'The Lighthouse Handbook', 'Opens at nine.'), ...text(MARKDOWN_ANSWER, 9)],
    delay: 4,
  },
  {
    match: /xss/i,
    parts: () => [
      source(
        1,
        `<img src=x onerror="${PWN}title'">`,
        `<script>${PWN}snippet'</script>`,
        `javascript:${PWN}url'`,
      ),
      {
        type: 'source-url',
        sourceId: 'u2',
        url: `javascript:${PWN}url2'`,
        title: `<svg onload="${PWN}svg-title'">`,
      },
      ...text(XSS_ANSWER, 40),
    ],
  },
  {
    match: /follow/i,
    parts: () => [
      ...text('The tour lasts an hour.'),
      { type: 'data-follow-ups', data: ['How much is a ticket?', 'Is it open on Sundays?'] },
    ],
  },
  {
    match: /error part/i,
    parts: () => [...text('Half an answer'), { type: 'error', errorText: 'The model failed.' }],
  },
  {
    match: /citations/i,
    parts: () => [
      source(
        1,
        'The Lighthouse Handbook',
        'The museum opens at nine in the morning.',
        'https://example.com/hb',
      ),
      source(2, 'Tour guide', 'Tours start every hour.'),
      ...text('It opens at nine [1] and tours run hourly [2]. Not a source: [7].'),
    ],
  },
];

function respondProblem(ctx, status) {
  ctx.status = status;
  // Zero: the SDK honours it, so its retries don't slow the tests down.
  ctx.set('retry-after-ms', '0');
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ title: 'Nope', status, detail: `Mock status ${status}.` });
}

/** Koa middleware for the test runner's dev server. */
export async function mockChatMiddleware(ctx, next) {
  if (ctx.method !== 'POST' || ctx.path !== '/mock/v1/chat') return next();
  let raw = '';
  for await (const chunk of ctx.req) raw += chunk;
  const body = JSON.parse(raw);
  const lastUser = body.messages.findLast((message) => message.role === 'user');
  const question = lastUser?.parts.map((part) => part.text ?? '').join('') ?? '';
  if (/rate limit/i.test(question)) return respondProblem(ctx, 429);
  if (/server down/i.test(question)) return respondProblem(ctx, 503);
  const scenario = scenarios.find((candidate) => candidate.match.test(question));
  const parts = [
    { type: 'start', messageId: `msg_${Date.now()}` },
    ...(scenario?.parts() ?? text('A mock answer.')),
    { type: 'finish', finishReason: 'stop' },
  ];
  ctx.compress = false;
  ctx.set({
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    'x-vercel-ai-ui-message-stream': 'v1',
  });
  ctx.body = Readable.from(
    (async function* () {
      for (const part of parts) {
        await sleep(scenario?.delay ?? 2);
        yield `data: ${JSON.stringify(part)}\n\n`;
        if (part.type === 'error') break;
      }
      yield 'data: [DONE]\n\n';
    })(),
  );
}
