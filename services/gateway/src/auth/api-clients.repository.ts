import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { GATEWAY_SCHEMA_TOKEN } from '../tokens';
import { apiKeyMatches, apiKeyPrefixOf, hashApiKey } from './api-key';
import { isRole, Role } from './roles';

/** An active API client: one row of the api_clients table that is not revoked. */
export interface ApiClient {
  id: string;
  name: string;
  roles: Role[];
  rateLimitPerMinute: number | null;
}

interface ApiClientRow {
  id: string;
  name: string;
  key_hash: Buffer;
  roles: string[];
  rate_limit_per_minute: number | null;
}

export interface NewApiClient {
  id: string;
  name: string;
  key: string;
  roles: Role[];
  rateLimitPerMinute: number | null;
}

@Injectable()
export class ApiClientsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SCHEMA_TOKEN) private readonly schema: string,
  ) {}

  /**
   * Finds the active client whose key is `key`. Rows are found by the key's clear prefix and the
   * hashes compared in constant time, so response time does not reveal how much of a key matched.
   */
  async findByKey(key: string): Promise<ApiClient | undefined> {
    const rows: ApiClientRow[] = await this.dataSource.query(
      `SELECT id, name, key_hash, roles, rate_limit_per_minute FROM "${this.schema}".api_clients WHERE key_prefix = $1 AND revoked_at IS NULL`,
      [apiKeyPrefixOf(key)],
    );
    const row = rows.find((candidate) => apiKeyMatches(key, candidate.key_hash));
    if (!row) {
      return undefined;
    }
    return { id: row.id, name: row.name, roles: row.roles.filter(isRole), rateLimitPerMinute: row.rate_limit_per_minute };
  }

  /**
   * Creates the client, or gives an existing client of the same name this key. A revoked client
   * stays revoked, so restarting with the same key never re-enables what an operator disabled.
   */
  async upsert(client: NewApiClient): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "${this.schema}".api_clients (id, name, key_hash, key_prefix, roles, rate_limit_per_minute)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (name) DO UPDATE SET key_hash = EXCLUDED.key_hash, key_prefix = EXCLUDED.key_prefix, roles = EXCLUDED.roles
       WHERE api_clients.key_hash <> EXCLUDED.key_hash OR api_clients.roles <> EXCLUDED.roles`,
      [client.id, client.name, hashApiKey(client.key), apiKeyPrefixOf(client.key), client.roles, client.rateLimitPerMinute],
    );
  }
}
