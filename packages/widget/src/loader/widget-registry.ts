import { WidgetInstance } from './widget-instance.js';
import type { WidgetOptions } from './widget-options.js';

/** `window.TesseraWidget`: the widgets mounted by script tags, and a way to mount more. */
export interface TesseraWidgetRegistry {
  /** The widgets on the page, in mount order. */
  readonly instances: readonly WidgetInstance[];
  /**
   * Mounts a widget. With `script`, at most once per script element: running the same tag again
   * (or a second copy of the loader) returns the existing widget.
   */
  mount(options: WidgetOptions, script?: HTMLScriptElement | null): WidgetInstance;
  /** Removes every widget. */
  destroy(): void;
}

/** Creates the registry; the loader installs one per page and later copies share it. */
export function createRegistry(): TesseraWidgetRegistry {
  const instances: WidgetInstance[] = [];
  const byScript = new WeakMap<HTMLScriptElement, WidgetInstance>();
  const forget = (instance: WidgetInstance) => instances.splice(instances.indexOf(instance), 1);
  return {
    instances,
    mount(options, script) {
      const existing = script && byScript.get(script);
      if (existing) return existing;
      const instance = new WidgetInstance(options, forget);
      instances.push(instance);
      if (script) byScript.set(script, instance);
      return instance;
    },
    destroy() {
      for (const instance of [...instances]) instance.destroy();
    },
  };
}

declare global {
  interface Window {
    TesseraWidget?: TesseraWidgetRegistry;
  }
}
