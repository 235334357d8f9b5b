import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@bitacora/http';
import { GATEWAY_CONFIG } from '../tokens';
import { GatewayConfig, jwtSettingsOf } from '../config';
import { ApiClientCache } from './api-client-cache';
import { ApiClientsRepository } from './api-clients.repository';
import { credentialsOf } from './credentials';
import { JwtVerifier } from './jwt-verifier';
import type { Principal } from './principal';

/** Maximum credential length accepted before any lookup; real keys and tokens are far shorter. */
const MAX_CREDENTIAL_LENGTH = 8192;

/** Turns a request's credentials into a principal, or raises a 401 problem that names what to send. */
@Injectable()
export class Authenticator {
  private readonly jwt?: JwtVerifier;
  private readonly clients: ApiClientCache;

  constructor(
    private readonly apiClients: ApiClientsRepository,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    const settings = jwtSettingsOf(config);
    this.jwt = settings ? new JwtVerifier(settings) : undefined;
    this.clients = new ApiClientCache(config.API_CLIENT_CACHE_TTL_MS);
  }

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Principal> {
    const credentials = credentialsOf(headers);
    if (credentials.kind === 'none') {
      throw new DomainError('auth.missing_credentials', 401);
    }
    if (credentials.kind === 'malformed') {
      throw new DomainError('auth.malformed_credentials', 401);
    }

    if (credentials.kind === 'bearer') {
      if (!this.jwt) {
        throw new DomainError('auth.bearer_not_accepted', 401);
      }
      if (credentials.token.length > MAX_CREDENTIAL_LENGTH) {
        throw new DomainError('auth.invalid_token', 401);
      }
      return this.jwt.verify(credentials.token);
    }

    if (credentials.key.length > MAX_CREDENTIAL_LENGTH) {
      throw new DomainError('auth.invalid_api_key', 401);
    }
    let client = this.clients.get(credentials.key);
    if (!client) {
      client = await this.apiClients.findByKey(credentials.key);
      if (!client) {
        throw new DomainError('auth.invalid_api_key', 401);
      }
      this.clients.set(credentials.key, client);
    }
    return { kind: 'api_key', id: client.name, roles: client.roles, rateLimitPerMinute: client.rateLimitPerMinute ?? undefined };
  }
}
