import { css } from 'lit';

export default css`
  @layer tessera {
    :host {
      --tessera-device-preview-background: var(--tessera-color-surface-sunken, #f3f4f6);
      --tessera-device-preview-frame-background: var(--tessera-color-surface, #ffffff);
      --tessera-device-preview-frame-shadow: 0 1px 3px rgb(0 0 0 / 0.2), 0 8px 24px rgb(0 0 0 / 0.08);
      --tessera-device-preview-accent: var(--tessera-color-primary, #1d4ed8);
      --tessera-device-preview-on-accent: var(--tessera-color-on-primary, #ffffff);
      --tessera-device-preview-text: var(--tessera-color-text, #1f2937);
      --tessera-device-preview-border: var(--tessera-color-border, #6b7280);
      --tessera-device-preview-radius: var(--tessera-radius, 6px);
      --tessera-device-preview-gap: var(--tessera-space-3, 0.75rem);

      --_focus-ring: 2px solid var(--tessera-focus-ring-color, var(--tessera-device-preview-accent));

      display: block;
      box-sizing: border-box;
      color: var(--tessera-device-preview-text);
      font-family: var(--tessera-font-family, system-ui, sans-serif);
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: var(--tessera-device-preview-gap);
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }

    .device-button {
      min-block-size: 2rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--tessera-device-preview-border);
      border-radius: var(--tessera-device-preview-radius);
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: 0.875rem;
      cursor: pointer;
    }

    .device-button[aria-pressed='true'] {
      border-color: var(--tessera-device-preview-accent);
      background: var(--tessera-device-preview-accent);
      color: var(--tessera-device-preview-on-accent);
    }

    .device-button:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .viewport {
      padding: var(--tessera-device-preview-gap);
      border-radius: var(--tessera-device-preview-radius);
      background: var(--tessera-device-preview-background);
      overflow: hidden;
    }

    /* Measured by the ResizeObserver. It has no height, so resizing the frame never re-triggers it. */
    .measure {
      block-size: 0;
    }

    .stage {
      position: relative;
      inline-size: calc(var(--_frame-width) * var(--_scale));
      block-size: calc(var(--_frame-height) * var(--_scale));
      margin-inline: auto;
    }

    .frame {
      position: absolute;
      /* Physical sides on purpose: they must match transform-origin in both writing directions. */
      top: 0;
      left: 0;
      width: var(--_frame-width);
      height: var(--_frame-height);
      border: 0;
      background: var(--tessera-device-preview-frame-background);
      box-shadow: var(--tessera-device-preview-frame-shadow);
      transform: scale(var(--_scale));
      transform-origin: top left;
    }

    @media (forced-colors: active) {
      .device-button[aria-pressed='true'] {
        outline: 2px solid Highlight;
      }

      .frame {
        border: 1px solid CanvasText;
      }
    }
  }
`;
