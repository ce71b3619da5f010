import type { PreviewDevice } from '../device-preview/preview-devices.js';

/** Detail of {@link TesseraDeviceChangeEvent}. */
export interface TesseraDeviceChangeEventDetail {
  /** The device the user picked. */
  readonly device: PreviewDevice;
}

/**
 * Emitted when the user picks another preview device. Cancelable: calling `preventDefault()` keeps
 * the current device.
 */
export class TesseraDeviceChangeEvent extends Event {
  readonly detail: TesseraDeviceChangeEventDetail;

  constructor(detail: TesseraDeviceChangeEventDetail) {
    super('tessera-device-change', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-device-change': TesseraDeviceChangeEvent;
  }
}
