import { css } from 'lit';

export default css`
  @layer tessera {
    .markdown > :first-child {
      margin-block-start: 0;
    }
    .markdown > :last-child {
      margin-block-end: 0;
    }
    .markdown :is(p, ul, ol, blockquote, .table, .code-block) {
      margin-block: 0 0.6em;
    }
    .markdown :is(h3, h4, h5, h6) {
      margin: 0.8em 0 0.3em;
      font-size: 1em;
      font-weight: 650;
      line-height: 1.3;
    }
    .markdown h3 {
      font-size: 1.1em;
    }
    .markdown :is(ul, ol) {
      padding-inline-start: 1.4em;
    }
    .markdown li > :is(ul, ol) {
      margin: 0;
    }
    .markdown blockquote {
      margin-inline: 0;
      padding-inline-start: 10px;
      border-inline-start: 3px solid var(--_border);
      color: var(--_text-muted);
    }
    .markdown hr {
      margin: 0.8em 0;
      border: 0;
      border-block-start: 1px solid var(--_border);
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    :not(pre) > code {
      padding: 0.1em 0.3em;
      border-radius: 4px;
      background: rgb(127 127 127 / 0.16);
    }
    .code-block {
      overflow: hidden;
      border-radius: 8px;
      background: var(--_code-surface);
      color: var(--_code-text);
    }
    .code-bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 2px 4px 2px 10px;
      font-size: 0.8em;
    }
    .copy {
      padding: 2px 8px;
      border-radius: 4px;
    }
    .copy:hover {
      background: rgb(255 255 255 / 0.12);
    }
    pre {
      margin: 0;
      padding: 4px 10px 10px;
      overflow-x: auto;
    }
    pre code {
      white-space: pre;
    }
    .table {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9em;
    }
    th,
    td {
      padding: 4px 8px;
      border: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    th {
      font-weight: 600;
      background: rgb(127 127 127 / 0.1);
    }
    .align-center {
      text-align: center;
    }
    .align-right {
      text-align: end;
    }
  }
`;
