import { getSourceMetadata, type UIMessage, type UIMessagePart } from '@tessera/core';
import { safeUrl } from '../chat/safe-url.js';
import { formatString, type ChatStrings } from '../i18n/chat-strings.js';

/** What the chat shows of one source. Every field comes from the server, so it is untrusted text. */
export interface SourceInfo {
  /** The number the answer cites it by: `[index]`. */
  index: number;
  title: string;
  /** Page or heading path, e.g. `Page 4` or `Setup › Keys`. */
  place: string;
  snippet: string;
  /** Where to read the original, when its address is safe to link. */
  href: string | undefined;
}

type SourcePart = Extract<UIMessagePart, { type: 'source-document' | 'source-url' }>;

const isSource = (part: UIMessagePart): part is SourcePart =>
  part.type === 'source-document' || part.type === 'source-url';

/** The sources of a message, numbered as the answer cites them. */
export function sourcesOf(message: UIMessage, strings: ChatStrings): SourceInfo[] {
  return message.parts.filter(isSource).map((part, position) => {
    const meta = getSourceMetadata(part);
    const url = part.type === 'source-url' ? part.url : meta?.url;
    const headings = Array.isArray(meta?.headingPath) ? meta.headingPath.slice(1).map(String) : [];
    return {
      index: typeof meta?.index === 'number' ? meta.index : position + 1,
      title: String(part.title || url || formatString(strings.citation, position + 1)),
      place: typeof meta?.page === 'number' ? formatString(strings.page, meta.page) : headings.join(' › '),
      snippet: typeof meta?.snippet === 'string' ? meta.snippet : '',
      href: safeUrl(typeof url === 'string' ? url : undefined),
    };
  });
}
