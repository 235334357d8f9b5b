import { sign, verify, type KeyObject } from 'node:crypto';

import { canonicalJson } from './canonical-json';
import { compareChainIds } from './chain-id';
import type { ChainHead } from './ledger-record';
import type { SigningKey } from './signing-keys';

/** A statement of every chain's head at one moment, which the checkpoint signature covers. */
export interface CheckpointBody {
  /** Position of the checkpoint among all checkpoints, starting at 1. */
  checkpointSequence: number;
  /** UTC instant (ISO 8601) at which the heads were read. */
  createdAt: string;
  /** Id of the signing key, as `computeKeyId` returns it. */
  keyId: string;
  /** One head per chain, ordered by chain id. */
  heads: ChainHead[];
}

export interface SignedCheckpoint extends CheckpointBody {
  /** Ed25519 signature, in base64, over the RFC 8785 canonical JSON of the body. */
  signature: string;
}

export interface CheckpointInput {
  checkpointSequence: number;
  createdAt: Date;
  heads: Iterable<ChainHead>;
  signingKey: SigningKey;
}

const ED25519_SIGNATURE_BYTES = 64;

export function createCheckpoint(input: CheckpointInput): SignedCheckpoint {
  if (!Number.isSafeInteger(input.checkpointSequence) || input.checkpointSequence < 1) {
    throw new RangeError(`Invalid checkpoint sequence ${input.checkpointSequence}: expected a positive integer`);
  }

  const heads = [...input.heads]
    .map((head) => ({ chainId: head.chainId, sequence: head.sequence, hash: head.hash }))
    .sort((left, right) => compareChainIds(left.chainId, right.chainId));
  for (let index = 1; index < heads.length; index++) {
    if (heads[index].chainId === heads[index - 1].chainId) {
      throw new RangeError(`Invalid checkpoint heads: chain "${heads[index].chainId}" appears twice`);
    }
  }

  const body: CheckpointBody = {
    checkpointSequence: input.checkpointSequence,
    createdAt: input.createdAt.toISOString(),
    keyId: input.signingKey.keyId,
    heads,
  };
  const signature = sign(null, Buffer.from(canonicalCheckpointBody(body), 'utf8'), input.signingKey.privateKey);

  return { ...body, signature: signature.toString('base64') };
}

/**
 * Serializes the signed part of a checkpoint as RFC 8785 text. Only the body's fields are
 * included, so the signature itself and any export markers beside it are left out.
 */
export function canonicalCheckpointBody(checkpoint: CheckpointBody): string {
  return canonicalJson({
    checkpointSequence: checkpoint.checkpointSequence,
    createdAt: checkpoint.createdAt,
    keyId: checkpoint.keyId,
    heads: checkpoint.heads.map((head) => ({ chainId: head.chainId, sequence: head.sequence, hash: head.hash })),
  });
}

/** Checks the Ed25519 signature of a checkpoint against one public key. */
export function isCheckpointSignatureValid(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  const signature = Buffer.from(checkpoint.signature, 'base64');
  // Buffer.from skips characters that are not base64, so a signature is accepted only in its
  // exact canonical encoding.
  if (signature.length !== ED25519_SIGNATURE_BYTES || signature.toString('base64') !== checkpoint.signature) {
    return false;
  }

  return verify(null, Buffer.from(canonicalCheckpointBody(checkpoint), 'utf8'), publicKey, signature);
}
