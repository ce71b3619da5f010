import type { UIMessageChunk } from './ui-message-chunk.js';

/** Headers of a UI message stream response; the marker header lets AI SDK clients recognise it. */
export const UI_MESSAGE_STREAM_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-vercel-ai-ui-message-stream': 'v1',
  // Reverse proxies such as nginx would otherwise hold tokens back until their buffer fills.
  'x-accel-buffering': 'no',
} as const;

/** The sentinel that ends every UI message stream. */
export const STREAM_DONE = '[DONE]';

/** Frames one part as an SSE event: `data: <json>` and a blank line. */
export function encodeSseChunk(chunk: UIMessageChunk): string {
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

/** The final SSE event of a stream. */
export const SSE_DONE_EVENT = `data: ${STREAM_DONE}\n\n`;
