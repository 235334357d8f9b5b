import { generateKeyPairSync } from 'node:crypto';

import { createCheckpoint, isCheckpointSignatureValid } from './checkpoint';
import {
  computeKeyId,
  createSigningKey,
  exportRawPublicKey,
  generateSigningKeyPair,
  InvalidSigningKeyError,
  loadPrivateKey,
  loadPublicKey,
} from './signing-keys';

const pair = generateSigningKeyPair();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privateDer = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
const publicDer = pair.publicKey.export({ type: 'spki', format: 'der' });
const rawSeed = privateDer.subarray(privateDer.length - 32).toString('base64');

describe('loadPrivateKey', () => {
  it.each([
    ['PEM PKCS #8', privatePem],
    ['base64 PKCS #8 DER', privateDer.toString('base64')],
    ['base64 raw seed', rawSeed],
    ['raw seed with surrounding whitespace', `\n  ${rawSeed}\n`],
  ])('reads %s', (_label, text) => {
    const signingKey = createSigningKey(loadPrivateKey(text));

    expect(signingKey.keyId).toBe(pair.keyId);
  });

  it.each([
    ['an RSA key', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['a public key', publicPem],
    ['text that is not base64', 'not a key!'],
    ['base64 of the wrong length', Buffer.alloc(20).toString('base64')],
  ])('rejects %s', (_label, text) => {
    expect(() => loadPrivateKey(text)).toThrow(InvalidSigningKeyError);
  });
});

describe('loadPublicKey', () => {
  it.each([
    ['PEM SubjectPublicKeyInfo', publicPem],
    ['base64 SubjectPublicKeyInfo DER', publicDer.toString('base64')],
    ['base64 raw key', exportRawPublicKey(pair.publicKey)],
  ])('reads %s', (_label, text) => {
    expect(computeKeyId(loadPublicKey(text))).toBe(pair.keyId);
  });

  it.each([
    ['a private key', privatePem],
    ['an X25519 key', generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' }).toString()],
    ['a damaged PEM', publicPem.replace(/[A-Za-z]{8}/, 'AAAAAAAA')],
  ])('rejects %s', (_label, text) => {
    expect(() => loadPublicKey(text)).toThrow(InvalidSigningKeyError);
  });

  it('verifies what the loaded private key signed', () => {
    const signingKey = createSigningKey(loadPrivateKey(rawSeed));
    const checkpoint = createCheckpoint({ checkpointSequence: 1, createdAt: new Date(0), heads: [], signingKey });

    expect(isCheckpointSignatureValid(checkpoint, loadPublicKey(exportRawPublicKey(pair.publicKey)))).toBe(true);
  });
});

describe('computeKeyId', () => {
  it('is the RFC 7638 thumbprint of the JWK', () => {
    // RFC 8037 appendix A.3: thumbprint of the example Ed25519 public key.
    const rfcKey = loadPublicKey(Buffer.from('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', 'base64url').toString('base64'));

    expect(computeKeyId(rfcKey)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });
});
