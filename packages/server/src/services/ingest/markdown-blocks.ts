/** A run of Markdown between blank lines (a paragraph, list, table or fenced code block). */
export interface MarkdownBlock {
  start: number;
  end: number;
  /** Headings in force where the block stands, outermost first. */
  headingPath: string[];
}

export interface MarkdownStructure {
  /** Text of the first level-1 heading, if any. */
  title: string | undefined;
  blocks: MarkdownBlock[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits Markdown into blocks with their heading path and exact character offsets. Fenced code is
 * one block even when it holds blank lines or lines that look like headings.
 */
export function markdownBlocks(text: string): MarkdownStructure {
  const blocks: MarkdownBlock[] = [];
  const path: string[] = [];
  let title: string | undefined;
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | undefined;
  const flush = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, headingPath: [...path] });
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
      const name = heading[2]!.trim();
      path.splice(level - 1, path.length, name);
      // Missing intermediate levels (## right after #) would otherwise leave holes.
      for (let i = 0; i < path.length; i++) path[i] ??= '';
      if (level === 1 && title === undefined) title = name;
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
  return { title, blocks: blocks.map((b) => ({ ...b, headingPath: b.headingPath.filter(Boolean) })) };
}
