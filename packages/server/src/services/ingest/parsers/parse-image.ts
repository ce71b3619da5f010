import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import { ParseFailure } from '../parse-failure.js';
import type { ParsedDocument } from '../parsed-document.js';
import { imageSize } from './image-size.js';
import { titleFromName, type ParserInput } from './parser-input.js';
import { paragraphSpans } from './parse-text.js';

const LOW_CONFIDENCE = 60;

/** The English LSTM model shipped in @tesseract.js-data/eng: nothing is fetched at run time. */
function languagePath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

let ocr: Promise<Worker> | undefined;

/** One OCR engine per thread, created on first use; loading the model is the slow part. */
function ocrWorker(): Promise<Worker> {
  ocr ??= createWorker('eng', OEM.LSTM_ONLY, { langPath: languagePath(), cacheMethod: 'none', gzip: true });
  return ocr;
}

/** Stops the OCR engine of this thread, if one was started. */
export async function closeOcr(): Promise<void> {
  const running = ocr;
  ocr = undefined;
  if (running) await (await running).terminate();
}

/** Text from a PNG or JPEG through Tesseract OCR (English). */
export async function parseImage(input: ParserInput): Promise<ParsedDocument> {
  const size = imageSize(input.bytes);
  if (!size)
    throw new ParseFailure('corrupt', 'The image is damaged or incomplete; export it again as PNG or JPEG.');
  if (size.width * size.height > input.limits.maxImagePixels) {
    throw new ParseFailure(
      'too_large',
      `The image is ${size.width}×${size.height} pixels; the limit is ${(input.limits.maxImagePixels / 1e6).toFixed(0)} megapixels. Scale it down and upload it again.`,
    );
  }
  const worker = await ocrWorker();
  const { data } = await worker.recognize(Buffer.from(input.bytes));
  const builder = new DocumentBuilder();
  for (const { start, end } of paragraphSpans(data.text))
    builder.add('paragraph', data.text.slice(start, end));
  if (builder.blockCount === 0) {
    throw new ParseFailure(
      'empty',
      'No text was found in the image; upload a sharper scan or a document with a text layer.',
    );
  }
  if (data.confidence < LOW_CONFIDENCE) {
    builder.warnings.push(
      `Text recognition was unsure (confidence ${Math.round(data.confidence)}%); some words may be wrong.`,
    );
  }
  const format = input.bytes[0] === 0x89 ? 'png' : 'jpeg';
  return builder.build({ title: titleFromName(input.name), mediaType: MEDIA_TYPES[format] });
}
