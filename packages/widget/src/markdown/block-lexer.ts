import { Lexer, type Token } from 'marked';

/**
 * Lexes a growing markdown text into top-level blocks, re-lexing only its unfinished end.
 *
 * A block is treated as finished once two more non-blank blocks follow it: with one, a list could
 * still absorb the next item or a paragraph turn into a table header. Finished blocks keep their
 * token objects, so renderers can skip them; streaming a long answer costs work proportional to its
 * tail, not to its length.
 */
export class BlockLexer {
  #text = '';
  #done: Token[] = [];
  /** Length of the text the finished blocks cover. */
  #doneLength = 0;
  #blocks: readonly Token[] = [];

  /** The blocks of `text`, which usually extends the previous text. */
  lex(text: string): readonly Token[] {
    if (text === this.#text) return this.#blocks;
    if (!text.startsWith(this.#text.slice(0, this.#doneLength))) {
      // Not a continuation (a regenerated answer): start over.
      this.#done = [];
      this.#doneLength = 0;
    }
    this.#text = text;
    const tail = Lexer.lex(text.slice(this.#doneLength), { gfm: true });
    let finished = 0;
    for (let i = tail.length - 1, following = 0; i >= 0; i--) {
      if (following >= 2) {
        finished = i + 1;
        break;
      }
      if (tail[i]!.type !== 'space') following++;
    }
    for (const token of tail.slice(0, finished)) {
      this.#done.push(token);
      this.#doneLength += token.raw.length;
    }
    this.#blocks = [...this.#done, ...tail.slice(finished)].filter((token) => token.type !== 'space');
    return this.#blocks;
  }
}
