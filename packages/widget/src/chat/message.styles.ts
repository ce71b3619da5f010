import { css } from 'lit';

export default css`
  @layer tessera {
    .message {
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    .user {
      align-self: flex-end;
      max-width: 85%;
      padding: 8px 12px;
      border-radius: var(--_radius);
      border-end-end-radius: 4px;
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .user > div {
      white-space: pre-wrap;
    }
    .bubble {
      padding: 8px 12px;
      border-radius: var(--_radius);
      border-end-start-radius: 4px;
      background: var(--_surface-muted);
    }
    .actions {
      display: flex;
      gap: 2px;
      margin-block-start: 4px;
    }
    .actions .icon-button {
      width: 28px;
      height: 28px;
    }
    .actions svg {
      width: 16px;
      height: 16px;
    }
    .icon-button[data-copied] {
      color: var(--_accent);
    }
    [data-copied] .when-idle,
    :not([data-copied]) > .when-copied {
      display: none;
    }
    a {
      color: var(--_link);
    }
    .sources {
      margin-block-start: 8px;
      font-size: 0.875em;
    }
    .sources h3 {
      margin: 0 0 2px;
      font-size: 0.8em;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_text-muted);
    }
    .sources ol {
      margin: 0;
      padding-inline-start: 1.4em;
    }
    [part~='source'] {
      margin-block: 4px;
    }
    [part~='source-place'] {
      display: block;
      color: var(--_text-muted);
    }
    [part~='source-snippet'] {
      display: -webkit-box;
      margin: 2px 0 0;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      color: var(--_text-muted);
    }
    .citation {
      position: relative;
      display: inline-block;
    }
    [part~='citation'] {
      min-width: 1.5em;
      margin-inline: 1px;
      padding: 0 0.4em;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.75em;
      font-weight: 600;
      line-height: 1.5;
      vertical-align: 0.15em;
    }
    .preview {
      display: none;
      position: absolute;
      z-index: 2;
      inset-block-start: 100%;
      inset-inline-start: -8px;
      flex-direction: column;
      gap: 2px;
      width: max-content;
      max-width: min(260px, 70vw);
      padding: 8px 10px;
      /* A transparent top border bridges the gap to the marker, so the pointer can reach the preview. */
      border-block-start: 6px solid transparent;
      background: var(--_surface) padding-box;
      border-radius: 8px;
      box-shadow:
        0 0 0 1px var(--_border),
        0 8px 24px rgb(0 0 0 / 0.18);
      color: var(--_text);
      font-size: 0.85em;
      line-height: 1.4;
      white-space: normal;
    }
    .citation:is(:hover, :focus-within):not([data-dismissed]) .preview {
      display: flex;
    }
    .preview span {
      color: var(--_text-muted);
    }
    .dots {
      display: inline-flex;
      gap: 3px;
    }
    .dots i {
      width: 6px;
      height: 6px;
      border-radius: 50%;
      background: currentColor;
      opacity: 0.5;
    }
    @media (prefers-reduced-motion: no-preference) {
      .dots i {
        animation: tessera-pulse 1s infinite ease-in-out;
      }
      .dots i:nth-child(2) {
        animation-delay: 0.15s;
      }
      .dots i:nth-child(3) {
        animation-delay: 0.3s;
      }
    }
    @keyframes tessera-pulse {
      50% {
        opacity: 1;
      }
    }
  }
`;
