const escapePdf = (text) => text.replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * A minimal valid PDF: Helvetica text, one content stream per page, exact xref offsets. `pages` is
 * an array of pages, each an array of lines; a line is a string or `{ text, size }` for a heading.
 */
export function writePdf(pages) {
  const objects = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const pagesId = 2 + pages.length * 2;
  const kids = [];
  for (const lines of pages) {
    let y = 760;
    const content = lines
      .map((line) => {
        const { text, size } = typeof line === 'string' ? { text: line, size: 10 } : line;
        y -= Math.round(size * 1.3);
        return text ? `BT /F1 ${size} Tf 50 ${y} Td (${escapePdf(text)}) Tj ET` : '';
      })
      .filter(Boolean)
      .join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    objects.push(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 1 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects.push(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  objects.push(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
