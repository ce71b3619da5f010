let warned = false;

/**
 * Warns once per page when a secret key (`tsk_…`) is used where `window` and `document` exist: in a
 * browser anyone can read it from the page and act as the workspace.
 */
export function warnSecretKeyInBrowser(apiKey: string | undefined): void {
  if (
    warned ||
    !apiKey?.startsWith('tsk_') ||
    typeof window === 'undefined' ||
    typeof document === 'undefined'
  ) {
    return;
  }
  warned = true;
  console.warn(
    'tessera/secret-key-in-browser: a secret API key (tsk_…) is in use in a browser, where anyone can read it. ' +
      'Use a publishable key (tpk_…) in web pages, created with client.keys.create({ type: "publishable" }), ' +
      'and keep secret keys on your servers.',
  );
}
