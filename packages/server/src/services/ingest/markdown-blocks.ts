/** A run of Markdown between blank lines (a paragraph, list, table or fenced code block). */
export interface MarkdownBlock {
  start: number;
  end: number;
  /** Headings in force where the block stands, outermost first. */
  headingPath: string[];
  kind: 'paragraph' | 'list' | 'table' | 'code';
}

/** An ATX heading line; `start`/`end` span its text without the `#` marks. */
export interface MarkdownHeading {
  level: number;
  start: number;
  end: number;
  /** The path down to and including this heading. */
  headingPath: string[];
}

export interface MarkdownStructure {
  /** Text of the first level-1 heading, if any. */
  title: string | undefined;
  blocks: MarkdownBlock[];
  headings: MarkdownHeading[];
}

// The name is taken whole and its closing #s are stripped in code: a lazy group followed by an
// optional run (`(.*?)[ \t#]*$`) backtracks quadratically on long hostile lines.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])[ \t]/;
const TABLE_RULE = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;

/** A heading's text without trailing blanks and its optional closing sequence of #s. */
function headingName(raw: string): string {
  const name = raw.trimEnd();
  let cut = name.length;
  while (cut > 0 && name[cut - 1] === '#') cut--;
  if (cut === 0) return '';
  return cut < name.length && /[ \t]/.test(name[cut - 1]!) ? name.slice(0, cut).trim() : name.trim();
}

/** What a block is, from its first lines. */
function blockKind(text: string, start: number, end: number): MarkdownBlock['kind'] {
  const [first = '', second = ''] = text.slice(start, end).split('\n', 2);
  if (FENCE.test(first) || /^( {4}|\t)/.test(first)) return 'code';
  if (LIST_ITEM.test(first)) return 'list';
  if (/^ {0,3}\|/.test(first) || (second.length < 1000 && TABLE_RULE.test(second.replace(/\r$/, ''))))
    return 'table';
  return 'paragraph';
}

/**
 * Splits Markdown into blocks with their heading path and exact character offsets. Fenced code is
 * one block even when it holds blank lines or lines that look like headings.
 */
export function markdownBlocks(text: string): MarkdownStructure {
  const blocks: MarkdownBlock[] = [];
  const headings: MarkdownHeading[] = [];
  const path: string[] = [];
  let title: string | undefined;
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | undefined;
  const flush = () => {
    if (blockStart >= 0) {
      const kind = blockKind(text, blockStart, blockEnd);
      blocks.push({ start: blockStart, end: blockEnd, headingPath: [...path], kind });
    }
    blockStart = -1;
  };

  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    // CRLF files: the \r belongs to the line break, not to the block or heading text.
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineEnd = lineStart + line.length;
    const open = FENCE.exec(line);
    if (fence) {
      blockEnd = lineEnd;
      if (open && open[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      const name = headingName(heading[2] ?? '');
      path.splice(level - 1, path.length, name);
      // Missing intermediate levels (## right after #) would otherwise leave holes.
      for (let i = 0; i < path.length; i++) path[i] ??= '';
      if (level === 1 && title === undefined) title = name;
      const nameStart = lineStart + line.indexOf(name, heading[1]!.length);
      headings.push({ level, start: nameStart, end: nameStart + name.length, headingPath: [...path] });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = lineStart;
    blockEnd = lineEnd;
    if (open) fence = open[1]![0]!.repeat(open[1]!.length);
  }
  flush();
  const clean = <T extends { headingPath: string[] }>(item: T): T => ({
    ...item,
    headingPath: item.headingPath.filter(Boolean),
  });
  return { title, blocks: blocks.map(clean), headings: headings.map(clean) };
}
