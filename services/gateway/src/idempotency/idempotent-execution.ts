import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@bitacora/http';
import type { Principal } from '../auth/principal';
import { GatewayConfig } from '../config';
import { GATEWAY_CONFIG } from '../tokens';
import { IdempotencyStore } from './idempotency.store';
import { isValidIdempotencyKey, requestHashOf } from './request-hash';
import type { GatewayResponse } from './stored-response';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * Runs a POST once per client and Idempotency-Key until the key expires. The same key with the
 * same body gets the stored response again, marked `Idempotent-Replayed: true`. The same key with
 * another body is rejected with 422, and a second request while the first is running gets 409.
 * A failure of 500 or more is not stored: the key is freed so the client may retry with it.
 */
@Injectable()
export class IdempotentExecution {
  constructor(
    private readonly store: IdempotencyStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async run(request: FastifyRequest, principal: Principal, leaseMs: number, work: () => Promise<GatewayResponse>): Promise<GatewayResponse> {
    const key = keyOf(request);
    const clientId = `${principal.kind}:${principal.id}`;
    const claim = await this.store.claim({
      clientId,
      key,
      requestHash: requestHashOf(request.method, request.url, request.body ?? undefined),
      method: request.method,
      path: request.url,
      leaseMs,
      ttlHours: this.config.IDEMPOTENCY_TTL_HOURS,
    });

    if (claim.outcome === 'mismatch') {
      throw new DomainError('idempotency.key_reused', 422, { key });
    }
    if (claim.outcome === 'in_flight') {
      throw new DomainError('idempotency.in_flight', 409, { key });
    }
    if (claim.outcome === 'replay') {
      return { ...claim.response, headers: { ...claim.response.headers, [REPLAYED_HEADER]: 'true' } };
    }

    let response: GatewayResponse;
    try {
      response = await work();
    } catch (error) {
      // NOTE: after a timeout the service may still have applied the request. A retry with the same
      // key reaches it again, so only the service's own duplicate check stops a second record.
      await this.store.release(clientId, key);
      throw error;
    }

    if (response.status >= 500) {
      await this.store.release(clientId, key);
      return response;
    }
    await this.store.complete(clientId, key, response);
    return response;
  }
}

function keyOf(request: FastifyRequest): string {
  const header = request.headers[IDEMPOTENCY_KEY_HEADER];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || key === '') {
    throw new DomainError('idempotency.key_required', 400);
  }
  if (!isValidIdempotencyKey(key)) {
    throw new DomainError('idempotency.key_invalid', 400);
  }
  return key;
}
