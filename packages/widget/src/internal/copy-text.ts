/**
 * Copies `text` and marks `button` with `data-copied` for two seconds, so its "Copied" label shows.
 * An attribute rather than state: the button may sit inside a frozen block that never re-renders.
 */
export async function copyText(text: string, button?: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No permission or no clipboard (an insecure page): nothing to confirm.
    return;
  }
  if (!button) return;
  button.setAttribute('data-copied', '');
  setTimeout(() => button.removeAttribute('data-copied'), 2000);
}
