import { TesseraDevicePreview } from './device-preview.js';

TesseraDevicePreview.define('tessera-device-preview');

declare global {
  interface HTMLElementTagNameMap {
    'tessera-device-preview': TesseraDevicePreview;
  }
}
