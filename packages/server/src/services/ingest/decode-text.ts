const SAMPLE_BYTES = 64 * 1024;

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €); Node's decoder for the
// label gives Latin-1 there, so those bytes are mapped here. Undefined positions stay as they are.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const slice = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...slice.map((b) => b)).replace(
      /[\u0080-\u009f]/g,
      (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!,
    );
  }
  return text;
}

/** Share of control characters above which bytes are data, not text. */
const MAX_CONTROL_SHARE = 0.01;

function decoderFor(bytes: Uint8Array): { encoding: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Decodes bytes that are text: UTF-8 (with or without BOM), UTF-16 with a BOM, or — when the bytes
 * are not valid UTF-8 — Windows-1252, which is what older editors write. Returns undefined for
 * binary data (NUL bytes or many control characters).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const { encoding, skip } = decoderFor(bytes);
  const body = bytes.subarray(skip);
  if (encoding === 'utf-8' && body.subarray(0, SAMPLE_BYTES).includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    if (encoding !== 'utf-8') return undefined;
    text = decodeWindows1252(body);
  }
  const sample = text.slice(0, SAMPLE_BYTES);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > Math.max(8, sample.length * MAX_CONTROL_SHARE) ? undefined : text;
}
