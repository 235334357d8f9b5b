import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { GATEWAY_SCHEMA_TOKEN } from '../tokens';
import type { GatewayResponse } from './stored-response';

export type ClaimOutcome =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; response: GatewayResponse }
  | { outcome: 'mismatch' }
  | { outcome: 'in_flight' };

export interface ClaimRequest {
  clientId: string;
  key: string;
  requestHash: Buffer;
  method: string;
  path: string;
  /** How long the claim stays locked while its request is in flight, in milliseconds. */
  leaseMs: number;
  ttlHours: number;
}

interface KeyRow {
  request_hash: Buffer;
  status_code: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
}

/**
 * Idempotency keys per client (table idempotency_keys). A key is claimed by one request at a
 * time; its response is stored when it completes and replayed until the key expires. A claim
 * whose request never completed (the gateway stopped mid-call) may be taken over, with the same
 * body only, once its lease has passed.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SCHEMA_TOKEN) private readonly schema: string,
  ) {}

  async claim(request: ClaimRequest, attempt = 1): Promise<ClaimOutcome> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO "${this.schema}".idempotency_keys AS existing
         (client_id, idempotency_key, request_hash, method, path, locked_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::double precision / 1000), now() + make_interval(hours => $7))
       ON CONFLICT (client_id, idempotency_key) DO UPDATE SET
         request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path,
         locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at, created_at = now(),
         status_code = NULL, response_headers = NULL, response_body = NULL, completed_at = NULL
       WHERE existing.expires_at <= now()
          OR (existing.status_code IS NULL AND existing.locked_until <= now() AND existing.request_hash = EXCLUDED.request_hash)
       RETURNING 1`,
      [request.clientId, request.key, request.requestHash, request.method, request.path, request.leaseMs, request.ttlHours],
    );
    if (claimed.length > 0) {
      return { outcome: 'claimed' };
    }

    const rows: KeyRow[] = await this.dataSource.query(
      `SELECT request_hash, status_code, response_headers, response_body FROM "${this.schema}".idempotency_keys
       WHERE client_id = $1 AND idempotency_key = $2`,
      [request.clientId, request.key],
    );
    const row = rows[0];
    if (!row) {
      // Deleted between the two statements by a release or the sweeper: the key is free again.
      if (attempt >= 3) {
        return { outcome: 'in_flight' };
      }
      return this.claim(request, attempt + 1);
    }
    if (!row.request_hash.equals(request.requestHash)) {
      return { outcome: 'mismatch' };
    }
    if (row.status_code === null) {
      return { outcome: 'in_flight' };
    }
    return { outcome: 'replay', response: { status: row.status_code, headers: row.response_headers ?? {}, body: row.response_body ?? '' } };
  }

  async complete(clientId: string, key: string, response: GatewayResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE "${this.schema}".idempotency_keys
       SET status_code = $3, response_headers = $4::jsonb, response_body = $5, completed_at = now(), locked_until = NULL
       WHERE client_id = $1 AND idempotency_key = $2 AND status_code IS NULL`,
      [clientId, key, response.status, JSON.stringify(response.headers), response.body],
    );
  }

  /** Frees a claim whose request failed without a stored response, so the client may retry with the same key. */
  async release(clientId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "${this.schema}".idempotency_keys WHERE client_id = $1 AND idempotency_key = $2 AND status_code IS NULL`,
      [clientId, key],
    );
  }

  /** Deletes up to `batchSize` expired keys; returns how many. */
  async deleteExpired(batchSize: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM "${this.schema}".idempotency_keys WHERE ctid IN (
         SELECT ctid FROM "${this.schema}".idempotency_keys WHERE expires_at <= now() LIMIT $1)`,
      [batchSize],
    );
    return result[1];
  }
}
