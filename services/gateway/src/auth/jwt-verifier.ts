import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { DomainError } from '@bitacora/http';
import type { JwtSettings } from '../config';
import type { Principal } from './principal';
import { isRole } from './roles';

/** Signature algorithms accepted on bearer tokens; `none` and HMAC are never accepted. */
const ACCEPTED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Reads a claim by dot path, for example `realm_access.roles`. */
export function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** Maps a JOSE failure to the problem returned to the client. A key set that cannot be fetched is the gateway's fault, not the token's. */
function problemOf(error: unknown): DomainError {
  if (error instanceof errors.JWTExpired) {
    return new DomainError('auth.token_expired', 401);
  }
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
    return new DomainError('auth.identity_provider_unavailable', 503, { retryAfterSeconds: 5 });
  }
  return new DomainError('auth.invalid_token', 401);
}

/**
 * Verifies OAuth2 bearer tokens (JWT) against the identity provider's JSON Web Key Set, issuer
 * and audience. Roles come from the configured claim; names that are not platform roles are
 * ignored.
 */
export class JwtVerifier {
  private readonly keySet: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: JwtSettings) {
    this.keySet = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 });
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw problemOf(error);
    }

    const claimed = claimAt(payload, this.settings.rolesClaim);
    const roles = Array.isArray(claimed) ? claimed.filter(isRole) : [];
    return { kind: 'jwt', id: String(payload.sub), roles };
  }
}
