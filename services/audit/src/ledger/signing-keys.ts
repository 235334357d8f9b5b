import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, KeyObject } from 'node:crypto';

// DER prefixes that wrap a raw 32-byte Ed25519 key (RFC 8410): PKCS #8 for a private key seed,
// SubjectPublicKeyInfo for a public key.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const RAW_KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Raised when key text is neither a PEM Ed25519 key nor base64 of a raw or DER Ed25519 key. */
export class InvalidSigningKeyError extends Error {
  override readonly name = 'InvalidSigningKeyError';
}

/** The private key that signs checkpoints, with the id that checkpoints carry. */
export interface SigningKey {
  privateKey: KeyObject;
  keyId: string;
}

/**
 * Loads an Ed25519 private key from PEM (PKCS #8) or from base64 of either the raw 32-byte seed
 * or the PKCS #8 DER bytes.
 */
export function loadPrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? parseKey(() => createPrivateKey({ key: trimmed, format: 'pem' }))
    : parseKey(() => createPrivateKey({ key: rawOrDer(trimmed, PKCS8_ED25519_PREFIX), format: 'der', type: 'pkcs8' }));

  return requireEd25519(key, 'private');
}

/**
 * Loads an Ed25519 public key from PEM (SubjectPublicKeyInfo) or from base64 of either the raw
 * 32-byte key or the SubjectPublicKeyInfo DER bytes.
 */
export function loadPublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  // createPublicKey derives the public key from private key PEM without complaint, which would
  // let a verifier's configuration hold the signing secret unnoticed.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
    throw new InvalidSigningKeyError('Invalid public key: the text contains a private key. Pass the public key (SPKI) instead');
  }

  const key = trimmed.startsWith('-----BEGIN')
    ? parseKey(() => createPublicKey({ key: trimmed, format: 'pem' }))
    : parseKey(() => createPublicKey({ key: rawOrDer(trimmed, SPKI_ED25519_PREFIX), format: 'der', type: 'spki' }));

  return requireEd25519(key, 'public');
}

/** Computes the key id of a public key: its RFC 7638 JWK thumbprint (SHA-256, base64url). */
export function computeKeyId(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  // RFC 8037 section 2: the thumbprint of an OKP key covers crv, kty and x, in that order.
  const thumbprintInput = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return hash('sha256', thumbprintInput, 'base64url');
}

export function createSigningKey(privateKey: KeyObject): SigningKey {
  requireEd25519(privateKey, 'private');
  return { privateKey, keyId: computeKeyId(createPublicKey(privateKey)) };
}

export interface SigningKeyPair extends SigningKey {
  publicKey: KeyObject;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, keyId: computeKeyId(publicKey) };
}

/** Returns the raw 32-byte public key in base64, the form `loadPublicKey` also reads. */
export function exportRawPublicKey(publicKey: KeyObject): string {
  const x = publicKey.export({ format: 'jwk' }).x;
  if (x === undefined) {
    throw new InvalidSigningKeyError('Invalid public key: it has no Ed25519 "x" coordinate');
  }
  return Buffer.from(x, 'base64url').toString('base64');
}

function rawOrDer(text: string, derPrefix: Buffer): Buffer {
  if (!BASE64.test(text)) {
    throw new InvalidSigningKeyError('Invalid key: expected PEM text or base64 of a raw 32-byte Ed25519 key');
  }

  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === RAW_KEY_BYTES) {
    return Buffer.concat([derPrefix, bytes]);
  }
  return bytes;
}

function parseKey(parse: () => KeyObject): KeyObject {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidSigningKeyError(`Invalid key: ${reason}`, { cause: error });
  }
}

function requireEd25519(key: KeyObject, type: 'private' | 'public'): KeyObject {
  if (key.type !== type || key.asymmetricKeyType !== 'ed25519') {
    const found = `${key.type} ${key.asymmetricKeyType ?? 'symmetric'}`;
    throw new InvalidSigningKeyError(`Invalid key: expected an Ed25519 ${type} key, found a ${found} key`);
  }
  return key;
}
