import type { Token, Tokens } from 'marked';
import { decodeEntities } from './decode-entities.js';

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(text).join('');
}

function text(token: Token): string {
  switch (token.type) {
    case 'list':
      return (token as Tokens.List).items.map((item) => blocks(item.tokens)).join(' ');
    case 'table': {
      const table = token as Tokens.Table;
      return [...table.header, ...table.rows.flat()].map((cell) => inline(cell.tokens)).join(' ');
    }
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'space':
    case 'br':
      return ' ';
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return inline(token.tokens);
      return 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
  }
}

function blocks(tokens: readonly Token[]): string {
  return tokens.map(text).join(' ');
}

/**
 * The readable text of markdown blocks, without markup characters: what a screen reader announces
 * when an answer completes.
 */
export function plainText(tokens: readonly Token[]): string {
  return blocks(tokens).replace(/\s+/g, ' ').trim();
}
