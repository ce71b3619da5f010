import type { UIMessage, UIMessageChunk } from '@tessera/core';
import { describe, expect, it } from 'vitest';
import {
  ANSWER,
  chunkResponse,
  fakeFetch,
  instantSleep,
  problemResponse,
  pushableResponse,
  type PushableBody,
  type Reply,
} from '../../test/fake-fetch.js';
import { Tessera } from '../client.js';
import { BadRequestError, TesseraError } from '../core/errors.js';
import { Chat, type ChatStatus } from './chat.js';

function chatWith(...replies: Reply[]) {
  const server = fakeFetch(...replies);
  const client = new Tessera({ baseURL: 'http://tessera.test', fetch: server.fetch, ...instantSleep() });
  let next = 0;
  const chat = new Chat({ client, id: 'conv-1', generateId: () => `id-${++next}` });
  const statuses: ChatStatus[] = [];
  chat.subscribe(() => {
    if (statuses.at(-1) !== chat.status) statuses.push(chat.status);
  });
  return { chat, calls: server.calls, statuses };
}

/** A reply whose body the test feeds chunk by chunk. */
function liveReply(): { reply: Reply; send(chunk: UIMessageChunk): void; body: Promise<PushableBody> } {
  let resolve!: (body: PushableBody) => void;
  const body = new Promise<PushableBody>((r) => (resolve = r));
  let pushed: PushableBody | undefined;
  return {
    body,
    reply: ({ signal }) => {
      const { response, body: pushable } = pushableResponse(signal);
      pushed = pushable;
      resolve(pushable);
      return response;
    },
    send: (chunk) => pushed?.push(`data: ${JSON.stringify(chunk)}\n\n`),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('Chat', () => {
  it('sends the message and streams the answer in, from submitted through streaming to ready', async () => {
    const { chat, calls, statuses } = chatWith(chunkResponse(ANSWER));
    expect(chat.status).toBe('ready');
    const sent = chat.send('What is Tessera?');
    expect(chat.status).toBe('submitted');
    expect(chat.messages).toEqual([
      { id: 'id-1', role: 'user', parts: [{ type: 'text', text: 'What is Tessera?' }] },
    ]);
    await sent;
    expect(statuses).toEqual(['submitted', 'streaming', 'ready']);
    expect(chat.error).toBeUndefined();
    expect(chat.messages[1]).toEqual({
      id: 'answer-1',
      role: 'assistant',
      parts: [
        { type: 'source-document', sourceId: 'src-1', mediaType: 'text/markdown', title: 'Intro' },
        { type: 'text', text: 'Tessera is a kit [1].', state: 'done' },
      ],
    });
    expect(calls[0]?.body).toEqual({ id: 'conv-1', messages: [chat.messages[0]], trigger: 'submit-message' });
  });

  it('sends the whole conversation with the next message', async () => {
    const { chat, calls } = chatWith(chunkResponse(ANSWER), chunkResponse(ANSWER));
    await chat.send('one');
    await chat.send('two');
    const body = calls[1]?.body as { messages: UIMessage[] };
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(chat.messages).toHaveLength(4);
  });

  it('turns an error chunk into status error while keeping the partial answer', async () => {
    const { chat } = chatWith(
      chunkResponse([
        { type: 'start', messageId: 'a1' },
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'Partial' },
        { type: 'error', errorText: 'The model stopped answering. Try again.' },
      ]),
    );
    await chat.send('Hi');
    expect(chat.status).toBe('error');
    expect(TesseraError.isInstance(chat.error)).toBe(true);
    expect(chat.error?.message).toBe('The model stopped answering. Try again.');
    expect(chat.messages[1]?.parts).toEqual([{ type: 'text', text: 'Partial', state: 'streaming' }]);
  });

  it('reports an HTTP error in chat.error instead of rejecting', async () => {
    const { chat, statuses } = chatWith(problemResponse(400, { detail: 'Too long.' }));
    await expect(chat.send('Hi')).resolves.toBeUndefined();
    expect(statuses).toEqual(['submitted', 'error']);
    expect(BadRequestError.isInstance(chat.error)).toBe(true);
    expect(chat.messages).toHaveLength(1);
  });

  it('clears the error on the next send', async () => {
    const { chat } = chatWith(problemResponse(400), chunkResponse(ANSWER));
    await chat.send('Hi');
    await chat.send('Hi again');
    expect(chat.status).toBe('ready');
    expect(chat.error).toBeUndefined();
  });

  it('stop() aborts the stream, keeps the partial answer and returns to ready', async () => {
    const live = liveReply();
    const { chat, calls } = chatWith(live.reply);
    const sent = chat.send('Hi');
    await live.body;
    live.send({ type: 'start', messageId: 'a1' });
    live.send({ type: 'text-start', id: 't' });
    live.send({ type: 'text-delta', id: 't', delta: 'Half an ans' });
    await tick();
    expect(chat.status).toBe('streaming');
    chat.stop();
    await sent;
    expect(chat.status).toBe('ready');
    expect(chat.error).toBeUndefined();
    expect(chat.messages[1]?.parts).toEqual([{ type: 'text', text: 'Half an ans', state: 'streaming' }]);
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('stop() before the first chunk leaves only the user message', async () => {
    const live = liveReply();
    const { chat } = chatWith(live.reply);
    const sent = chat.send('Hi');
    await live.body;
    chat.stop();
    await sent;
    expect(chat.status).toBe('ready');
    expect(chat.messages.map((m) => m.role)).toEqual(['user']);
  });

  it('a new send stops the unfinished answer and takes over', async () => {
    const live = liveReply();
    const { chat, calls } = chatWith(live.reply, chunkResponse(ANSWER));
    const first = chat.send('first');
    await live.body;
    live.send({ type: 'start', messageId: 'old' });
    await tick();
    await chat.send('second');
    await first;
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(chat.status).toBe('ready');
    expect(chat.messages.map((m) => m.id)).toEqual(['id-1', 'old', 'id-3', 'answer-1']);
  });

  it('regenerate() drops the last answer and asks again for it', async () => {
    const second: UIMessageChunk[] = [
      { type: 'start', messageId: 'answer-2' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Better.' },
      { type: 'text-end', id: 't' },
      { type: 'finish' },
    ];
    const { chat, calls } = chatWith(chunkResponse(ANSWER), chunkResponse(second));
    await chat.send('Hi');
    await chat.regenerate();
    expect(calls[1]?.body).toEqual({
      id: 'conv-1',
      messages: [chat.messages[0]],
      trigger: 'regenerate-message',
      messageId: 'answer-1',
    });
    expect(chat.messages.map((m) => m.id)).toEqual(['id-1', 'answer-2']);
    expect(chat.messages[1]?.parts).toEqual([{ type: 'text', text: 'Better.', state: 'done' }]);
  });

  it('regenerate() after a failed answer asks again for the last user message', async () => {
    const { chat, calls } = chatWith(problemResponse(400), chunkResponse(ANSWER));
    await chat.send('Hi');
    await chat.regenerate();
    expect(calls[1]?.body).toMatchObject({ trigger: 'regenerate-message', messages: [chat.messages[0]] });
    expect(calls[1]?.body).not.toHaveProperty('messageId');
    expect(chat.status).toBe('ready');
  });

  it('regenerate() on an empty chat rejects and says what to do', async () => {
    const { chat } = chatWith(chunkResponse(ANSWER));
    await expect(chat.regenerate()).rejects.toThrow(/Call chat.send\(text\) first/);
  });

  it('notifies subscribers until they unsubscribe', async () => {
    const { chat } = chatWith(chunkResponse(ANSWER), chunkResponse(ANSWER));
    let calls = 0;
    const unsubscribe = chat.subscribe(() => calls++);
    await chat.send('Hi');
    expect(calls).toBeGreaterThanOrEqual(ANSWER.length);
    const seen = calls;
    unsubscribe();
    await chat.send('Again');
    expect(calls).toBe(seen);
  });

  it('replaces messages immutably, leaving earlier messages untouched', async () => {
    const { chat } = chatWith(chunkResponse(ANSWER));
    const snapshots: (readonly UIMessage[])[] = [];
    chat.subscribe(() => snapshots.push(chat.messages));
    await chat.send('Hi');
    for (let i = 1; i < snapshots.length; i++) {
      const [previous, current] = [snapshots[i - 1], snapshots[i]];
      if (previous !== current) expect(current?.[0]).toBe(previous?.[0]);
    }
    expect(new Set(snapshots).size).toBeGreaterThan(ANSWER.length - 1);
    // Each snapshot still shows the answer as it was at the time.
    const texts = snapshots.map(
      (s) => (s[1]?.parts.find((p) => p.type === 'text') as { text?: string } | undefined)?.text,
    );
    expect(texts).toContain('Tessera is ');
  });

  it('starts from given messages and a random id', () => {
    const messages: UIMessage[] = [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }];
    const chat = new Chat({ client: new Tessera({ baseURL: 'http://tessera.test' }), messages });
    expect(chat.messages).toBe(messages);
    expect(chat.id).toMatch(/^[0-9a-f]{24}$/);
  });
});
