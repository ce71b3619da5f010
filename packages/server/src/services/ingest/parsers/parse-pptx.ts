import JSZip from 'jszip';
import { DocumentBuilder } from '../document-builder.js';
import { MEDIA_TYPES } from '../document-format.js';
import { ParseFailure } from '../parse-failure.js';
import type { ParsedDocument } from '../parsed-document.js';
import { attribute, childNodes, drawingText, findAll, parseXml, tagName, type XmlNode } from './ooxml.js';
import { titleFromName, type ParserInput } from './parser-input.js';

const TITLE_PLACEHOLDERS = new Set(['title', 'ctrTitle']);

/** Slide part paths in presentation order (the order of `p:sldIdLst`, not of file names). */
async function slidePaths(zip: JSZip): Promise<string[]> {
  const presentation = parseXml((await zip.file('ppt/presentation.xml')?.async('string')) ?? '');
  const rels = parseXml((await zip.file('ppt/_rels/presentation.xml.rels')?.async('string')) ?? '');
  const targets = new Map(
    findAll(rels, 'Relationship').map((r) => [attribute(r, 'Id'), attribute(r, 'Target')]),
  );
  return findAll(presentation, 'p:sldId')
    .map((slide) => targets.get(attribute(slide, 'r:id')))
    .filter((target): target is string => !!target)
    .map((target) => (target.startsWith('/') ? target.slice(1) : `ppt/${target}`));
}

function placeholderType(shape: XmlNode): string | undefined {
  const placeholder = findAll(childNodes(shape), 'p:ph')[0];
  return placeholder && (attribute(placeholder, 'type') ?? 'body');
}

/** Paragraph texts of a text body, one per `a:p`. */
const paragraphs = (node: XmlNode) =>
  findAll(childNodes(node), 'a:p')
    .map((p) => drawingText(childNodes(p)).trim())
    .filter(Boolean);

/** Adds one slide's shapes in their order; returns the slide's title, if it has one. */
function addSlide(slide: XmlNode[], number: number, builder: DocumentBuilder): string | undefined {
  const shapes = findAll(slide, 'p:spTree').flatMap((tree) =>
    findAll(childNodes(tree), 'p:sp', 'p:graphicFrame'),
  );
  const title = shapes.find((s) => TITLE_PLACEHOLDERS.has(placeholderType(s) ?? ''));
  const titleText = title && paragraphs(title).join(' ');
  builder.heading(1, titleText || `Slide ${number}`, number);
  for (const shape of shapes) {
    if (shape === title) continue;
    if (tagName(shape) === 'p:graphicFrame') {
      const rows = findAll(childNodes(shape), 'a:tr').map((row) =>
        findAll(childNodes(row), 'a:tc')
          .map((cell) => paragraphs(cell).join(' '))
          .join(' | '),
      );
      builder.add('table', rows.join('\n'), number);
      continue;
    }
    const lines = paragraphs(shape);
    builder.add(
      lines.length > 1 && placeholderType(shape) === 'body' ? 'list' : 'paragraph',
      lines.join('\n'),
      number,
    );
  }
  return titleText || undefined;
}

/** A presentation's slide text in slide order; a slide is a page, its title the heading. */
export async function parsePptx(input: ParserInput): Promise<ParsedDocument> {
  const zip = await JSZip.loadAsync(input.bytes);
  const paths = await slidePaths(zip);
  if (paths.length > input.limits.maxPages) {
    throw new ParseFailure(
      'too_many_pages',
      `The presentation has ${paths.length} slides; the limit is ${input.limits.maxPages}. Split it into smaller files.`,
    );
  }
  const builder = new DocumentBuilder();
  let firstTitle: string | undefined;
  for (const [index, path] of paths.entries()) {
    const xml = await zip.file(path)?.async('string');
    const title = xml ? addSlide(parseXml(xml), index + 1, builder) : undefined;
    firstTitle ??= title;
  }
  return builder.build({
    title: firstTitle ?? titleFromName(input.name),
    mediaType: MEDIA_TYPES.pptx,
    pageCount: paths.length,
  });
}
