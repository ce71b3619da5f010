/**
 * The theme tokens, the host's placement and the launcher button, as plain CSS text: the script-tag
 * loader adopts it (without Lit) to draw the launcher before the chat is loaded, and the element
 * includes it, so the launcher looks the same before and after.
 *
 * Isolation: the host page's rules reach only the host element. Its `!important` rules lose to ours
 * only inside this shadow tree's `!important` ones, so placement is `!important`; everything the
 * host could make us inherit (fonts, colors, spacing) is set again on `.base`.
 */
export const launcherStyles = `@layer tessera {
:host {
  --_accent: var(--tessera-accent, #4f46e5);
  --_on-accent: var(--tessera-on-accent, #fff);
  --_surface: var(--tessera-surface, #fff);
  --_surface-muted: var(--tessera-surface-muted, #f3f4f6);
  --_text: var(--tessera-text, #111827);
  --_text-muted: var(--tessera-text-muted, #4b5563);
  --_border: var(--tessera-border, #d1d5db);
  --_field-border: var(--tessera-field-border, #6b7280);
  --_danger: var(--tessera-danger, #b91c1c);
  --_link: var(--tessera-link, #4338ca);
  --_code-surface: var(--tessera-code-surface, #1f2937);
  --_code-text: var(--tessera-code-text, #f9fafb);
  --_space: var(--tessera-spacing, 12px);
  --_radius: var(--tessera-radius, 12px);
  --_launcher: var(--tessera-launcher-size, 56px);
  --_offset: var(--tessera-offset, 20px);
  color-scheme: light;
  display: block;
}
:host([theme='dark']) {
  --_accent: var(--tessera-accent, #a5b4fc);
  --_on-accent: var(--tessera-on-accent, #111827);
  --_surface: var(--tessera-surface, #111827);
  --_surface-muted: var(--tessera-surface-muted, #1f2937);
  --_text: var(--tessera-text, #f9fafb);
  --_text-muted: var(--tessera-text-muted, #9ca3af);
  --_border: var(--tessera-border, #374151);
  --_field-border: var(--tessera-field-border, #9ca3af);
  --_danger: var(--tessera-danger, #fca5a5);
  --_link: var(--tessera-link, #a5b4fc);
  --_code-surface: var(--tessera-code-surface, #030712);
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host([theme='auto']) {
    --_accent: var(--tessera-accent, #a5b4fc);
    --_on-accent: var(--tessera-on-accent, #111827);
    --_surface: var(--tessera-surface, #111827);
    --_surface-muted: var(--tessera-surface-muted, #1f2937);
    --_text: var(--tessera-text, #f9fafb);
    --_text-muted: var(--tessera-text-muted, #9ca3af);
    --_border: var(--tessera-border, #374151);
    --_field-border: var(--tessera-field-border, #9ca3af);
    --_danger: var(--tessera-danger, #fca5a5);
    --_link: var(--tessera-link, #a5b4fc);
    --_code-surface: var(--tessera-code-surface, #030712);
    color-scheme: dark;
  }
}
:host([hidden]) {
  display: none !important;
}
:host([mode='launcher']) {
  display: block !important;
  position: fixed !important;
  inset: auto calc(var(--_offset) + env(safe-area-inset-right, 0px))
    calc(var(--_offset) + env(safe-area-inset-bottom, 0px)) auto !important;
  z-index: var(--tessera-z-index, 2147483000) !important;
  width: auto !important;
  height: auto !important;
  margin: 0 !important;
}
:host([mode='launcher'][position='left']) {
  inset: auto auto calc(var(--_offset) + env(safe-area-inset-bottom, 0px))
    calc(var(--_offset) + env(safe-area-inset-left, 0px)) !important;
}
.base {
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  box-sizing: border-box;
  height: 100%;
  font-family: var(--tessera-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  font-size: var(--tessera-font-size, 15px);
  font-weight: 400;
  font-style: normal;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  color: var(--_text);
  visibility: visible;
  cursor: auto;
  direction: ltr;
  writing-mode: horizontal-tb;
}
:host([position='left']) .base {
  align-items: flex-start;
}
*,
::before,
::after {
  box-sizing: border-box;
}
[hidden] {
  display: none !important;
}
button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  margin: 0;
  padding: 0;
  cursor: pointer;
}
:focus-visible {
  outline: 2px solid var(--_accent);
  outline-offset: 2px;
}
svg {
  width: 20px;
  height: 20px;
  flex: none;
}
.launcher {
  display: grid;
  place-items: center;
  width: var(--_launcher);
  height: var(--_launcher);
  border-radius: 50%;
  background: var(--_accent);
  color: var(--_on-accent);
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.24);
}
.launcher svg {
  width: 26px;
  height: 26px;
}
@media (prefers-reduced-motion: no-preference) {
  .launcher {
    transition: transform 0.15s ease;
  }
  .launcher:hover {
    transform: scale(1.06);
  }
}
}`;
