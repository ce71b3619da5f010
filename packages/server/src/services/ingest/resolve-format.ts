import { EXTENSIONS, FORMAT_LABELS, isTextFormat, type DocumentFormat } from './document-format.js';
import { ParseFailure } from './parse-failure.js';
import type { SniffedContent } from './sniff-content.js';

type TextContent = Extract<SniffedContent, { kind: 'text' }>;

const mismatch = (name: string, declared: DocumentFormat, actual: string, fix: string) =>
  new ParseFailure(
    'type_mismatch',
    `The file ${name} is named as ${FORMAT_LABELS[declared]} but holds ${actual}; ${fix}`,
  );

/** The text format the content suggests when the name declares nothing. */
function guessTextFormat(content: TextContent): DocumentFormat {
  if (content.html !== 'none') return 'html';
  if (content.markdown) return 'markdown';
  return content.table ? 'csv' : 'text';
}

function resolveText(
  content: TextContent,
  declared: DocumentFormat | undefined,
  name: string,
): DocumentFormat {
  if (!declared) return guessTextFormat(content);
  if (!isTextFormat(declared)) {
    const fix = `rename it ${EXTENSIONS[guessTextFormat(content)]} or upload the real ${declared.toUpperCase()} file.`;
    throw mismatch(name, declared, 'text', fix);
  }
  if (declared === 'html' && content.html === 'none') {
    throw mismatch(
      name,
      declared,
      'no HTML markup',
      `rename it ${EXTENSIONS[guessTextFormat(content)]} or upload the saved web page.`,
    );
  }
  if (declared !== 'html' && content.html === 'document') {
    throw mismatch(
      name,
      declared,
      'a complete HTML page',
      'rename it .html so its main content is read without the page chrome.',
    );
  }
  if (declared === 'csv' && !content.table) {
    throw mismatch(
      name,
      declared,
      'no table (its lines do not split into the same number of columns)',
      'fix the rows or rename it .txt.',
    );
  }
  return declared;
}

/**
 * Decides the format of an upload: the content decides, and a name or media type that claims a
 * different format is refused, because a wrong claim usually means the wrong file was picked.
 * Within text, Markdown, plain text and CSV are compatible readings and the name chooses among them.
 */
export function resolveFormat(
  content: Exclude<SniffedContent, { kind: 'unsupported' }>,
  archive: 'docx' | 'pptx' | undefined,
  declared: DocumentFormat | undefined,
  name: string,
): DocumentFormat {
  if (content.kind === 'text') return resolveText(content, declared, name);
  const actual: DocumentFormat = content.format === 'zip' ? archive! : content.format;
  if (declared && declared !== actual) {
    throw mismatch(
      name,
      declared,
      FORMAT_LABELS[actual],
      `rename it ${EXTENSIONS[actual]} or upload the file you meant.`,
    );
  }
  return actual;
}
