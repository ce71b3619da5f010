// C0/C1 controls other than tab and newline carry no text; removing them also keeps the highlight
// markers (U+0001, U+0002) that search uses out of every document.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff]/g;

/** Normalizes line breaks to `\n` and drops control characters, so offsets mean the same everywhere. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
