/** A device size the preview can emulate. */
export type PreviewDevice = 'mobile' | 'tablet' | 'desktop';

/** Viewport size, in CSS pixels, and accessible name of each preview device, in toolbar order. */
export const previewDevices: Readonly<
  Record<PreviewDevice, { readonly label: string; readonly width: number; readonly height: number }>
> = {
  mobile: { label: 'Mobile', width: 375, height: 667 },
  tablet: { label: 'Tablet', width: 768, height: 1024 },
  desktop: { label: 'Desktop', width: 1280, height: 800 },
};

/** Narrows an arbitrary string (an attribute value, say) to a known device. */
export function isPreviewDevice(value: unknown): value is PreviewDevice {
  return typeof value === 'string' && Object.hasOwn(previewDevices, value);
}
