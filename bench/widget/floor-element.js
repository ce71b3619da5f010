// The "floor": the least a chat could do. A bare Lit element that shows a button-sized text at once
// and, when asked, streams the same answer as plain text. The widget's figures are divided by these.
import { LitElement, html, css } from 'lit';

class FloorText extends LitElement {
  static properties = { text: { state: true } };
  static styles = css`
    :host {
      position: fixed;
      right: 20px;
      bottom: 20px;
      font: 15px system-ui;
      white-space: pre-wrap;
    }
    .launcher {
      width: 56px;
      height: 56px;
      border-radius: 50%;
      background: #4f46e5;
      color: #fff;
    }
  `;
  constructor() {
    super();
    this.text = '';
  }
  render() {
    return html`<div class="launcher" part="launcher">Chat</div>
      <div part="log">${this.text}</div>`;
  }
  /** Reads the answer stream and appends each text delta as plain text. */
  async stream() {
    const response = await fetch('/v1/chat', { method: 'POST', body: '{}' });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const events = buffer.split('\n\n');
      buffer = events.pop();
      for (const event of events) {
        const data = event.slice(6);
        if (data === '[DONE]') return;
        const part = JSON.parse(data);
        if (part.type === 'text-delta') this.text += part.delta;
      }
    }
  }
}
customElements.define('floor-text', FloorText);
document.body.append(document.createElement('floor-text'));
