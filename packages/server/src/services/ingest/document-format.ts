/** The formats Tessera reads. */
export type DocumentFormat = 'pdf' | 'docx' | 'pptx' | 'html' | 'markdown' | 'text' | 'csv' | 'png' | 'jpeg';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** How formats are named in messages people read. */
export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  pdf: 'a PDF',
  docx: 'a Word document (DOCX)',
  pptx: 'a PowerPoint presentation (PPTX)',
  html: 'an HTML page',
  markdown: 'Markdown text',
  text: 'plain text',
  csv: 'a CSV table',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
};

/** The usual file extension, for advice such as "rename it .pdf". */
export const EXTENSIONS: Record<DocumentFormat, string> = {
  pdf: '.pdf',
  docx: '.docx',
  pptx: '.pptx',
  html: '.html',
  markdown: '.md',
  text: '.txt',
  csv: '.csv',
  png: '.png',
  jpeg: '.jpg',
};

const BY_EXTENSION: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  pptx: 'pptx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
  csv: 'csv',
  tsv: 'csv',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
};

const BY_MEDIA_TYPE: Record<string, DocumentFormat> = {
  ...Object.fromEntries(
    Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format as DocumentFormat]),
  ),
  'application/xhtml+xml': 'html',
  'text/x-markdown': 'markdown',
  'text/tab-separated-values': 'csv',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
};

/** The format a file claims by its name, or by its media type when the name says nothing. */
export function declaredFormat(filename?: string, mediaType?: string): DocumentFormat | undefined {
  const extension = filename?.includes('.') ? filename.split('.').pop()!.toLowerCase() : undefined;
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const type = mediaType?.split(';')[0]!.trim().toLowerCase();
  return type ? BY_MEDIA_TYPE[type] : undefined;
}

export const isTextFormat = (format: DocumentFormat) =>
  format === 'html' || format === 'markdown' || format === 'text' || format === 'csv';
