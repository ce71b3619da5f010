/**
 * Defines a custom element unless the tag is taken. A page may load the widget twice (the script tag
 * and an npm bundle); the second definition would throw and break the host page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `[tessera] <${tag}> is already defined by another copy of @tessera/widget; keeping the first. Load the widget once per page.`,
    );
  }
}
