import { LitElement } from 'lit';

/**
 * Base class of every Tessera builder element. Kept deliberately small: shared behaviour lands here
 * only once two elements need it.
 */
export class TesseraElement extends LitElement {
  /**
   * Registers this class as `tag`. A tag that is already taken is left alone, because a page may load
   * two copies of the package (a CMS plugin and the host app) and `customElements.define` would throw.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (existing === undefined) {
      customElements.define(tag, this);
      return;
    }
    if (existing !== this) {
      console.warn(
        `<${tag}> is already defined by another copy of @tessera/builder-elements, so this copy was not registered. ` +
          'Make sure the page loads the package only once (deduplicate it in your bundle).',
      );
    }
  }
}
