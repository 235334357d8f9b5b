import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@bitacora/config';
import { exportRawPublicKey, generateSigningKeyPair } from '../ledger';
import { LOCAL_SIGNING_KEY_FILE, loadLedgerKeys } from './ledger-keys';

type Settings = Parameters<typeof loadLedgerKeys>[0];

function settings(overrides: Partial<Settings>): Settings {
  return { NODE_ENV: 'development', AUDIT_LOCAL_KEY_DIR: '.local', ...overrides };
}

function pem(pair = generateSigningKeyPair()): string {
  return pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

describe('loadLedgerKeys', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'audit-keys-'));
  });

  it('reads PEM and base64 keys', () => {
    const pair = generateSigningKeyPair();
    const base64 = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

    expect(loadLedgerKeys(settings({ AUDIT_SIGNING_KEY: pem(pair) }), directory).signingKey.keyId).toBe(pair.keyId);
    expect(loadLedgerKeys(settings({ AUDIT_SIGNING_KEY: base64 }), directory)).toMatchObject({ origin: 'environment', signingKey: { keyId: pair.keyId } });
  });

  it('creates the local development key once and reuses it', () => {
    const first = loadLedgerKeys(settings({}), directory);
    const second = loadLedgerKeys(settings({}), directory);

    expect(first.origin).toBe('local-development');
    expect(second.signingKey.keyId).toBe(first.signingKey.keyId);
    expect(readFileSync(join(directory, '.local', LOCAL_SIGNING_KEY_FILE), 'utf8')).toContain('BEGIN PRIVATE KEY');
  });

  it('rejects the local development key in production, by file and by content', () => {
    const local = loadLedgerKeys(settings({}), directory);
    const localPem = readFileSync(join(directory, '.local', LOCAL_SIGNING_KEY_FILE), 'utf8');

    expect(() => loadLedgerKeys(settings({ NODE_ENV: 'production', AUDIT_SIGNING_KEY_FILE: `.local/${LOCAL_SIGNING_KEY_FILE}` }), directory)).toThrow(ConfigError);
    expect(() => loadLedgerKeys(settings({ NODE_ENV: 'production', AUDIT_SIGNING_KEY: localPem }), directory)).toThrow(/local development key/);
    expect(local.signingKey.keyId).toHaveLength(43);
  });

  it('rejects a missing key in production and accepts a real one', () => {
    const production = generateSigningKeyPair();
    writeFileSync(join(directory, 'prod.pem'), pem(production));

    expect(() => loadLedgerKeys(settings({ NODE_ENV: 'production' }), directory)).toThrow(/AUDIT_SIGNING_KEY is missing/);
    expect(loadLedgerKeys(settings({ NODE_ENV: 'production', AUDIT_SIGNING_KEY_FILE: 'prod.pem' }), directory)).toMatchObject({ origin: 'file', signingKey: { keyId: production.keyId } });
  });

  it('rejects a key id that does not match the key', () => {
    expect(() => loadLedgerKeys(settings({ AUDIT_SIGNING_KEY: pem(), AUDIT_SIGNING_KEY_ID: 'ledger-2026' }), directory)).toThrow(/AUDIT_SIGNING_KEY_ID is "ledger-2026"/);
  });

  it('names the variable of a key that cannot be read', () => {
    expect(() => loadLedgerKeys(settings({ AUDIT_SIGNING_KEY: 'not a key' }), directory)).toThrow(/AUDIT_SIGNING_KEY does not hold a usable key/);
    expect(() => loadLedgerKeys(settings({ AUDIT_SIGNING_KEY_FILE: 'missing.pem' }), directory)).toThrow(/AUDIT_SIGNING_KEY_FILE: the key file .* cannot be read/);
  });

  it('trusts earlier public keys after the current one', () => {
    const earlier = generateSigningKeyPair();
    const keys = loadLedgerKeys(settings({ NODE_ENV: 'test', AUDIT_TRUSTED_PUBLIC_KEYS: ` ${exportRawPublicKey(earlier.publicKey)} ,` }), directory);

    expect(keys.origin).toBe('ephemeral-test');
    expect(keys.trustedPublicKeys).toHaveLength(2);
    expect(keys.trustedPublicKeys[1].equals(earlier.publicKey)).toBe(true);
    expect(() => loadLedgerKeys(settings({ NODE_ENV: 'test', AUDIT_TRUSTED_PUBLIC_KEYS: 'abc' }), directory)).toThrow(/AUDIT_TRUSTED_PUBLIC_KEYS entry 1 is invalid/);
  });
});
