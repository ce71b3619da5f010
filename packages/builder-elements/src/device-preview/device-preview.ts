import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { TesseraDeviceChangeEvent } from '../events/device-change.js';
import { TesseraElement } from '../internal/tessera-element.js';
import styles from './device-preview.styles.js';
import { isPreviewDevice, previewDevices, type PreviewDevice } from './preview-devices.js';

const devices = Object.keys(previewDevices) as PreviewDevice[];

/**
 * @summary Live preview of an HTML document in a sandboxed frame, at mobile, tablet or desktop size.
 *
 * The document runs in an `<iframe sandbox="allow-scripts">` through `srcdoc`: it gets an opaque origin,
 * so its scripts cannot reach the host page, its cookies or its storage. When the device is wider than
 * the element, the frame is scaled down to fit, keeping its aspect ratio.
 *
 * @event tessera-device-change - Emitted when the user picks another device. Cancelable: `preventDefault()` keeps the current device.
 *
 * @csspart base - The wrapper around the toolbar and the frame.
 * @csspart toolbar - The row of device buttons.
 * @csspart device-button - Each device toggle button.
 * @csspart frame - The `<iframe>` showing the document.
 *
 * @cssproperty --tessera-device-preview-background - Backdrop behind the frame.
 * @cssproperty --tessera-device-preview-frame-background - Frame colour shown before the document paints.
 * @cssproperty --tessera-device-preview-frame-shadow - Shadow around the frame.
 * @cssproperty --tessera-device-preview-accent - Background of the pressed device button and default focus ring colour.
 * @cssproperty --tessera-device-preview-on-accent - Text colour of the pressed device button.
 * @cssproperty --tessera-device-preview-text - Text colour of the toolbar.
 * @cssproperty --tessera-device-preview-border - Border colour of the device buttons.
 * @cssproperty --tessera-device-preview-radius - Corner radius of the buttons and the backdrop.
 * @cssproperty --tessera-device-preview-gap - Space between the toolbar and the backdrop, and inside the backdrop.
 */
export class TesseraDevicePreview extends TesseraElement {
  static override styles = styles;

  /** Complete HTML document to preview. It is only ever handed to the frame's `srcdoc`, never parsed here. */
  @property() html = '';

  /** Device size to emulate. */
  @property({ reflect: true }) device: PreviewDevice = 'desktop';

  /** Accessible name of the frame; an empty label falls back to "Preview", as a frame must be named. */
  @property() label = 'Preview';

  /** Width available to the frame, from the ResizeObserver; undefined until the first measurement. */
  @state() private availableWidth: number | undefined;

  /** Device whose button is in the tab order while focus is inside the toolbar (roving tabindex). */
  @state() private tabStop: PreviewDevice | undefined;

  @query('.measure') private measure!: HTMLElement;

  private readonly resizeObserver = new ResizeObserver((entries) => this.handleResize(entries));

  override connectedCallback(): void {
    super.connectedCallback();
    // On first connection the shadow root is still empty; firstUpdated starts observing instead.
    if (this.hasUpdated) this.resizeObserver.observe(this.measure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override firstUpdated(): void {
    this.resizeObserver.observe(this.measure);
  }

  protected override render() {
    // The attribute can hold any string; an unknown one previews at desktop size.
    const size = previewDevices[isPreviewDevice(this.device) ? this.device : 'desktop'];
    const scale = this.availableWidth === undefined ? 1 : Math.min(1, this.availableWidth / size.width);
    const frameStyle = {
      '--_frame-width': `${size.width}px`,
      '--_frame-height': `${size.height}px`,
      '--_scale': String(scale),
    };
    const tabStop = this.tabStop ?? this.device;

    return html`
      <div part="base" class="base">
        <div
          part="toolbar"
          class="toolbar"
          role="toolbar"
          aria-label="Device"
          @keydown=${this.handleToolbarKeydown}
          @focusin=${this.handleToolbarFocusIn}
          @focusout=${this.handleToolbarFocusOut}
        >
          ${devices.map(
            (device) => html`
              <button
                part="device-button"
                class="device-button"
                type="button"
                data-device=${device}
                aria-pressed=${device === this.device ? 'true' : 'false'}
                tabindex=${device === tabStop ? 0 : -1}
                @click=${() => this.selectDevice(device)}
              >
                ${previewDevices[device].label}
              </button>
            `,
          )}
        </div>
        <div class="viewport">
          <div class="measure"></div>
          <div class="stage" style=${styleMap(frameStyle)}>
            <iframe
              part="frame"
              class="frame"
              title=${this.label || 'Preview'}
              sandbox="allow-scripts"
              referrerpolicy="no-referrer"
              srcdoc=${this.html}
            ></iframe>
          </div>
        </div>
      </div>
    `;
  }

  private selectDevice(device: PreviewDevice): void {
    if (device === this.device) return;
    const event = new TesseraDeviceChangeEvent({ device });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.device = device;
  }

  private handleResize(entries: ResizeObserverEntry[]): void {
    const entry = entries.at(-1);
    if (entry !== undefined) this.availableWidth = entry.contentRect.width;
  }

  private handleToolbarKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.device-button')];
    const index = buttons.findIndex((button) => button === event.target);
    if (index === -1) return;
    // Arrow keys follow the reading direction, as the toolbar pattern of the ARIA APG asks.
    const step = this.matches(':dir(rtl)') ? -1 : 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index + step;
        break;
      case 'ArrowLeft':
        next = index - step;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons.at(next % buttons.length)?.focus();
  }

  private handleToolbarFocusIn(event: FocusEvent): void {
    const device = (event.target as HTMLElement).dataset['device'];
    if (isPreviewDevice(device)) this.tabStop = device;
  }

  private handleToolbarFocusOut(event: FocusEvent): void {
    // Leaving the toolbar: the next Tab into it should land on the pressed device again.
    const toolbar = event.currentTarget as HTMLElement;
    if (!toolbar.contains(event.relatedTarget as Node | null)) this.tabStop = undefined;
  }
}
