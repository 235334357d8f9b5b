import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWTPayload, KeyLike, SignJWT } from 'jose';

/** A JSON Web Key Set served on 127.0.0.1, and a signer of tokens with its private key. */
export class JwksServer {
  private server?: Server;
  private privateKey?: KeyLike;
  readonly keyId = 'test-key-1';

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  async start(): Promise<this> {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    this.privateKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: this.keyId, alg: 'ES256', use: 'sig' };
    this.server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Signs a token; `expiresIn` is a jose time span such as '5m' or a past instant in seconds. */
  sign(claims: JWTPayload, options: { issuer: string; audience: string; expiresIn?: string | number }): Promise<string> {
    if (!this.privateKey) throw new Error('JwksServer is not started');
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: this.keyId })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(this.privateKey);
  }
}
