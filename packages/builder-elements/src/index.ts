import './device-preview/tessera-device-preview.js';

export { TesseraDevicePreview } from './device-preview/device-preview.js';
export { isPreviewDevice, previewDevices, type PreviewDevice } from './device-preview/preview-devices.js';
export { TesseraDeviceChangeEvent, type TesseraDeviceChangeEventDetail } from './events/device-change.js';
