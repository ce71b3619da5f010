let locks = 0;
let saved: { value: string; priority: string } | undefined;

/**
 * Stops the page behind a full-screen panel from scrolling, and returns the function that undoes it.
 * Only the root element's inline `overflow` changes, and it is restored exactly as it was once the
 * last full-screen panel on the page closes.
 */
export function lockScroll(): () => void {
  const style = document.documentElement.style;
  if (locks++ === 0) {
    saved = { value: style.getPropertyValue('overflow'), priority: style.getPropertyPriority('overflow') };
    style.setProperty('overflow', 'hidden', 'important');
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0 && saved) {
      if (saved.value) style.setProperty('overflow', saved.value, saved.priority);
      else style.removeProperty('overflow');
      saved = undefined;
    }
  };
}
