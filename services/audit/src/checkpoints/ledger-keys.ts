import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import { ConfigError } from '@bitacora/config';
import { createSigningKey, generateSigningKeyPair, InvalidSigningKeyError, loadPrivateKey, loadPublicKey, type SigningKey } from '../ledger';
import type { AuditConfig } from '../config';

export const LOCAL_SIGNING_KEY_FILE = 'audit-signing-key.pem';

export type KeyOrigin = 'environment' | 'file' | 'local-development' | 'ephemeral-test';

/** The key that signs checkpoints and the public keys whose checkpoints the service accepts. */
export interface LedgerKeys {
  signingKey: SigningKey;
  publicKey: KeyObject;
  /** The current public key first, then the earlier keys of AUDIT_TRUSTED_PUBLIC_KEYS. */
  trustedPublicKeys: KeyObject[];
  origin: KeyOrigin;
}

type KeySettings = Pick<
  AuditConfig,
  'NODE_ENV' | 'AUDIT_SIGNING_KEY' | 'AUDIT_SIGNING_KEY_FILE' | 'AUDIT_SIGNING_KEY_ID' | 'AUDIT_TRUSTED_PUBLIC_KEYS' | 'AUDIT_LOCAL_KEY_DIR'
>;

/**
 * Loads the checkpoint signing key from AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE. Without
 * either, development uses (and creates once) the local key under AUDIT_LOCAL_KEY_DIR, and tests
 * get a key that lives only in memory. Production rejects a missing key and the local key.
 */
export function loadLedgerKeys(config: KeySettings, workingDirectory = process.cwd()): LedgerKeys {
  const localKeyPath = resolve(workingDirectory, config.AUDIT_LOCAL_KEY_DIR, LOCAL_SIGNING_KEY_FILE);
  const { privateKey, origin } = readPrivateKey(config, workingDirectory, localKeyPath);
  const signingKey = createSigningKey(privateKey);

  if (config.AUDIT_SIGNING_KEY_ID !== undefined && config.AUDIT_SIGNING_KEY_ID !== signingKey.keyId) {
    throw new ConfigError([
      `AUDIT_SIGNING_KEY_ID is "${config.AUDIT_SIGNING_KEY_ID}" but the signing key has id "${signingKey.keyId}". Expected: the RFC 7638 thumbprint of the configured key.`,
    ]);
  }
  if (config.NODE_ENV === 'production') {
    rejectLocalKey(signingKey, localKeyPath);
  }

  const publicKey = createPublicKey(privateKey);
  return { signingKey, publicKey, trustedPublicKeys: [publicKey, ...parseTrustedKeys(config.AUDIT_TRUSTED_PUBLIC_KEYS)], origin };
}

function readPrivateKey(config: KeySettings, workingDirectory: string, localKeyPath: string): { privateKey: KeyObject; origin: KeyOrigin } {
  if (config.AUDIT_SIGNING_KEY !== undefined) {
    return { privateKey: parsePrivateKey(config.AUDIT_SIGNING_KEY, 'AUDIT_SIGNING_KEY'), origin: 'environment' };
  }

  if (config.AUDIT_SIGNING_KEY_FILE !== undefined) {
    const path = resolve(workingDirectory, config.AUDIT_SIGNING_KEY_FILE);
    if (config.NODE_ENV === 'production' && isInside(dirname(localKeyPath), path)) {
      throw new ConfigError([`AUDIT_SIGNING_KEY_FILE points at the local development key directory (${path}), which is rejected when NODE_ENV=production. Set it to the production key file.`]);
    }
    return { privateKey: parsePrivateKey(readKeyFile(path, 'AUDIT_SIGNING_KEY_FILE'), 'AUDIT_SIGNING_KEY_FILE'), origin: 'file' };
  }

  if (config.NODE_ENV === 'test') {
    return { privateKey: generateSigningKeyPair().privateKey, origin: 'ephemeral-test' };
  }
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(['AUDIT_SIGNING_KEY is missing. Expected: the Ed25519 private key of the ledger (PEM or base64 PKCS #8).']);
  }
  return { privateKey: loadOrCreateLocalKey(localKeyPath), origin: 'local-development' };
}

function loadOrCreateLocalKey(path: string): KeyObject {
  if (existsSync(path)) {
    return parsePrivateKey(readKeyFile(path, 'AUDIT_LOCAL_KEY_DIR'), 'AUDIT_LOCAL_KEY_DIR');
  }

  const pair = generateSigningKeyPair();
  mkdirSync(dirname(path), { recursive: true });
  // The "wx" flag fails when another process created the file first, so two services never
  // overwrite each other's key.
  writeFileSync(path, pair.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return pair.privateKey;
}

function rejectLocalKey(signingKey: SigningKey, localKeyPath: string): void {
  if (!existsSync(localKeyPath)) {
    return;
  }
  const localKey = createSigningKey(parsePrivateKey(readKeyFile(localKeyPath, 'AUDIT_LOCAL_KEY_DIR'), 'AUDIT_LOCAL_KEY_DIR'));
  if (localKey.keyId === signingKey.keyId) {
    throw new ConfigError([`The signing key is the local development key (${localKeyPath}), which is rejected when NODE_ENV=production. Set AUDIT_SIGNING_KEY to the production key.`]);
  }
}

function parseTrustedKeys(text: string | undefined): KeyObject[] {
  if (text === undefined || text.trim() === '') {
    return [];
  }
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, index) => {
      try {
        return loadPublicKey(entry);
      } catch (error) {
        throw new ConfigError([`AUDIT_TRUSTED_PUBLIC_KEYS entry ${index + 1} is invalid (${describe(error)}). Expected: base64 of an Ed25519 public key.`]);
      }
    });
}

function parsePrivateKey(text: string, variable: string): KeyObject {
  try {
    return loadPrivateKey(text);
  } catch (error) {
    if (error instanceof InvalidSigningKeyError) {
      throw new ConfigError([`${variable} does not hold a usable key (${error.message}). Expected: an Ed25519 private key as PEM (PKCS #8) or base64.`]);
    }
    throw error;
  }
}

function readKeyFile(path: string, variable: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${variable}: the key file ${path} cannot be read (${describe(error)}).`]);
  }
}

function isInside(directory: string, path: string): boolean {
  const fromDirectory = relative(directory, path);
  return fromDirectory !== '' && !fromDirectory.startsWith('..') && !fromDirectory.startsWith('/');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
