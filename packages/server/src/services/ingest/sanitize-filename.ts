const MAX_FILENAME_LENGTH = 180;
// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Controls, path separators and characters Windows forbids; bidi overrides can disguise an extension.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes an uploaded file name safe to store and show: no directories, control characters, reserved
 * device names or hidden-file dots, and at most 180 characters with the extension kept.
 */
export function sanitizeFilename(raw: string, fallback = 'document'): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) return fallback;
  if (RESERVED.test(name)) name = `_${name}`;
  // Count code points, not UTF-16 units, so a cut never splits an emoji into garbage.
  const characters = [...name];
  if (characters.length > MAX_FILENAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    const keep = MAX_FILENAME_LENGTH - [...extension].length;
    name = characters.slice(0, keep).join('').trimEnd() + extension;
  }
  return name;
}
