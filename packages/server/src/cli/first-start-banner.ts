/**
 * What `serve` prints about keys. The secret key exists in plain text only now, on the first start
 * of a data directory; later starts say how to make new keys instead of printing any.
 */
export function firstStartBanner(keys: { secret: string | undefined; publishable: string }): string[] {
  if (!keys.secret) {
    return [
      '  keys:       create one with `tessera keys create --type secret` (or publishable --origin <url>)',
    ];
  }
  return [
    '',
    'First start: these keys are shown once. Store the secret key now; it is not kept in plain text.',
    `  secret key:           ${keys.secret}`,
    `  demo publishable key: ${keys.publishable}  (allowed origin: 'self', used by the demo page)`,
    '  More keys: `tessera keys create --type secret` or `--type publishable --origin <url>`.',
    '',
  ];
}
