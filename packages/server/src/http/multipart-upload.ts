import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Middleware } from 'koa';
import { koaBody } from 'koa-body';
import { ProblemError } from './problem-error.js';

/** A file sent as `multipart/form-data`, read into memory (it was size-checked while it streamed in). */
export interface UploadedFile {
  bytes: Buffer;
  /** The name the client gave, unsanitized. */
  filename: string | undefined;
  /** The media type the client declared; never trust it for the format. */
  mediaType: string | undefined;
}

/** A route's multipart form: one file in `field`, other fields checked against `fields`. */
export interface UploadSpec {
  /** Largest file accepted, in bytes; larger uploads are cut off while streaming (413). */
  maxBytes: number;
  /** JSON Schema of the other form fields (values coerced from strings; repeated fields make arrays). */
  fields: object;
  /** Name of the file field; `file` by default. */
  field?: string;
}

interface FormidableFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
}

const MAX_FIELDS = 30;

const formatLimit = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;

/** Formidable's errors carry `httpCode`; answer them as problems a client can act on. */
function uploadProblem(error: Error & { code?: unknown }, maxBytes: number): ProblemError {
  // Formidable's codes for a file over `maxFileSize` or `maxTotalFileSize`; its other refusals
  // (too many files or fields, a malformed form) are the client's to fix, so 400.
  const status = error.code === 1016 || error.code === 1009 ? 413 : 400;
  const detail =
    status === 413
      ? `The file is larger than the ${formatLimit(maxBytes)} allowed; send a smaller file.`
      : `The multipart form could not be read: ${error.message}`;
  return new ProblemError(status, detail, {
    code: status === 413 ? 'too_large' : 'invalid_form',
    cause: error,
  });
}

/** Prefix of the folder each upload streams into; it is removed once the route has answered. */
export const UPLOAD_DIR_PREFIX = 'tessera-upload-';

/**
 * Parses a `multipart/form-data` body with koa-body (formidable), limited to one file of
 * `maxBytes`. Puts the fields on `ctx.request.body` (single values unwrapped) and the file on
 * `ctx.state.upload`. Each request streams into its own temporary folder, removed when the route
 * has answered, so a refused upload (too large, malformed) leaves no partial file behind.
 */
export function multipartUpload(spec: UploadSpec): Middleware {
  const field = spec.field ?? 'file';
  return async (ctx, next) => {
    const uploadDir = await mkdtemp(join(tmpdir(), UPLOAD_DIR_PREFIX));
    try {
      const parse = koaBody({
        multipart: true,
        json: false,
        text: false,
        urlencoded: false,
        formidable: {
          uploadDir,
          maxFiles: 1,
          maxFileSize: spec.maxBytes,
          maxTotalFileSize: spec.maxBytes,
          maxFields: MAX_FIELDS,
          maxFieldsSize: 64 * 1024,
          allowEmptyFiles: false,
          keepExtensions: false,
        },
        onError(error) {
          throw uploadProblem(error as Error & { code?: unknown }, spec.maxBytes);
        },
      });
      await parse(ctx, async () => {});
      const files = (ctx.request.files ?? {}) as Record<string, FormidableFile | FormidableFile[]>;
      const file = files[field];
      if (Object.keys(files).length !== 1 || !file || Array.isArray(file)) {
        throw new ProblemError(400, `Send exactly one file, in the form field "${field}".`, {
          code: 'invalid_form',
        });
      }
      const raw = (ctx.request.body ?? {}) as Record<string, unknown>;
      ctx.request.body = Object.fromEntries(
        Object.entries(raw).map(([name, value]) => [
          name,
          Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value,
        ]),
      ) as typeof ctx.request.body;
      const upload: UploadedFile = {
        bytes: await readFile(file.filepath),
        filename: file.originalFilename ?? undefined,
        mediaType: file.mimetype ?? undefined,
      };
      ctx.state['upload'] = upload;
      await next();
    } finally {
      await rm(uploadDir, { recursive: true, force: true });
    }
  };
}
