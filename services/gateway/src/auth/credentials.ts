/** What a request presents to prove who sends it. */
export type Credentials =
  | { kind: 'api_key'; key: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'none' }
  | { kind: 'malformed' };

const SCHEME = /^(\S+)\s+(\S+)$/;

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/**
 * Reads credentials from `Authorization: Bearer <token>`, `Authorization: ApiKey <key>` or
 * `X-Api-Key: <key>`. Authorization wins when both headers are sent.
 */
export function credentialsOf(headers: Record<string, string | string[] | undefined>): Credentials {
  const authorization = single(headers.authorization)?.trim();
  if (authorization) {
    const match = SCHEME.exec(authorization);
    if (!match) return { kind: 'malformed' };

    const scheme = match[1].toLowerCase();
    if (scheme === 'bearer') return { kind: 'bearer', token: match[2] };
    if (scheme === 'apikey') return { kind: 'api_key', key: match[2] };
    return { kind: 'malformed' };
  }

  const apiKey = single(headers['x-api-key'])?.trim();
  if (apiKey) {
    return { kind: 'api_key', key: apiKey };
  }
  return { kind: 'none' };
}
