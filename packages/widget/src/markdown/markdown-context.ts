import type { TemplateResult } from 'lit';

/** What rendered markdown needs from the message it belongs to. */
export interface MarkdownContext {
  /** The marker for citation `[n]`, or `undefined` when `n` names no source (then `[n]` stays text). */
  citation(n: number): TemplateResult | undefined;
  /** Labels of a code block's copy button. */
  copyCode: string;
  copied: string;
  /**
   * Changes whenever a citation or a label would render differently, e.g. when a source arrives;
   * finished blocks are rendered again only then.
   */
  version: string;
}
