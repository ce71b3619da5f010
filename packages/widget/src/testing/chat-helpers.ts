import type { TesseraChat } from '../chat/chat.js';

/** Address of the real server the test runner started. */
export const serverUrl = document.querySelector<HTMLMetaElement>('meta[name="tessera-test-server"]')!.content;

/** A publishable key for the real server, allowed for this page's origin (empty if none is needed). */
export const serverKey =
  document.querySelector<HTMLMetaElement>('meta[name="tessera-test-key"]')?.content ?? '';

/** The test runner's `/mock/v1/chat`, which answers with exact streams picked by the question. */
export const mockUrl = `${location.origin}/mock`;

export const shadow = (el: HTMLElement) => el.shadowRoot!;

export const logText = (el: TesseraChat) => shadow(el).querySelector('[part="log"]')!.textContent ?? '';

/** Types a question and presses Enter, as a user would. */
export function ask(el: TesseraChat, question: string): void {
  const input = shadow(el).querySelector('textarea')!;
  input.value = question;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
