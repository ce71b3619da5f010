/**
 * A random 96-bit id in hex. `crypto.getRandomValues` rather than `randomUUID`, because the latter
 * exists only in secure contexts and a widget may be embedded in a plain-http page.
 */
export function generateId(): string {
  let id = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(12))) id += byte.toString(16).padStart(2, '0');
  return id;
}
