/**
 * Narrows a search to some documents of a workspace. Each given list matches any of its values; the
 * lists combine with AND. An empty or missing list does not filter.
 */
export interface SearchFilter {
  collections?: string[];
  /** Documents carrying at least one of these tags. */
  tags?: string[];
  documentIds?: string[];
}

/** A range of a chunk's text, in characters from the chunk's start. */
export interface TextSpan {
  start: number;
  end: number;
}
