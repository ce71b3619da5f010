import { cleanText } from './clean-text.js';
import type { BlockKind, DocumentBlock, ParsedDocument } from './parsed-document.js';

/**
 * Builds a {@link ParsedDocument} for formats whose canonical text is a rendering (PDF, DOCX, PPTX,
 * HTML, CSV, OCR): blocks are appended with a blank line between them and their offsets recorded as
 * they are written, so the offsets are exact by construction.
 */
export class DocumentBuilder {
  private text = '';
  private readonly blocks: DocumentBlock[] = [];
  private readonly headings: string[] = [];
  readonly warnings: string[] = [];

  /** Opens a section: later blocks carry this heading (and its parents) in their heading path. */
  heading(level: number, text: string, page: number | null = null): void {
    const name = cleanText(text).replace(/\s+/g, ' ').trim();
    if (!name) return;
    const depth = Math.min(Math.max(level, 1), 6);
    this.headings.splice(depth - 1, this.headings.length, name);
    // A level skipped (h1 then h3) leaves a hole; an empty name marks it and is dropped from paths.
    for (let i = 0; i < this.headings.length; i++) this.headings[i] ??= '';
    this.append('heading', name, page);
  }

  /** Appends a block; whitespace-only text is ignored. Code keeps its inner whitespace. */
  add(kind: Exclude<BlockKind, 'heading'>, text: string, page: number | null = null): void {
    const cleaned = cleanText(text);
    const body = kind === 'code' ? cleaned.replace(/^\n+|\s+$/g, '') : cleaned.trim();
    if (body.trim()) this.append(kind, body, page);
  }

  /** The heading path in force now, outermost first. */
  headingPath(): string[] {
    return this.headings.filter(Boolean);
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  build(meta: { title: string; mediaType: string; pageCount?: number | null }): ParsedDocument {
    return {
      title: meta.title,
      mediaType: meta.mediaType,
      text: this.text,
      pageCount: meta.pageCount ?? null,
      blocks: this.blocks,
      warnings: this.warnings,
    };
  }

  private append(kind: BlockKind, body: string, page: number | null): void {
    if (this.text.length > 0) this.text += '\n\n';
    const start = this.text.length;
    this.text += body;
    this.blocks.push({
      kind,
      text: body,
      headingPath: this.headingPath(),
      page,
      start,
      end: this.text.length,
    });
  }
}
