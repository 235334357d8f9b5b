import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API clients (keys stored as SHA-256 hashes, never in clear) and the idempotency keys of POST
 * requests with their stored responses.
 */
export class ApiClientsAndIdempotencyKeys1733400000000 implements MigrationInterface {
  name = 'ApiClientsAndIdempotencyKeys1733400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'gateway';
    await queryRunner.query(`
      CREATE TABLE "${schema}".api_clients (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
        key_hash bytea NOT NULL UNIQUE CHECK (octet_length(key_hash) = 32),
        key_prefix text NOT NULL CHECK (length(key_prefix) BETWEEN 4 AND 32),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['agent', 'supervisor', 'integration', 'compliance', 'admin']),
        rate_limit_per_minute integer CHECK (rate_limit_per_minute > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    // Serves the key lookup of every API-key request: active clients by the key's clear prefix.
    await queryRunner.query(`CREATE INDEX api_clients_active_prefix ON "${schema}".api_clients (key_prefix) WHERE revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE "${schema}".idempotency_keys (
        client_id text NOT NULL,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
        request_hash bytea NOT NULL CHECK (octet_length(request_hash) = 32),
        method text NOT NULL,
        path text NOT NULL,
        status_code integer,
        response_headers jsonb,
        response_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (client_id, idempotency_key)
      )`);
    // Serves the sweeper that deletes expired keys.
    await queryRunner.query(`CREATE INDEX idempotency_keys_expires_at ON "${schema}".idempotency_keys (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'gateway';
    await queryRunner.query(`DROP TABLE "${schema}".idempotency_keys`);
    await queryRunner.query(`DROP TABLE "${schema}".api_clients`);
  }
}
