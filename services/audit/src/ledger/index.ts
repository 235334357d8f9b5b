export { canonicalForm, canonicalJson, canonicalRecordBody, CanonicalJsonError, type CanonicalForm } from './canonical-json';
export { compareChainIds, formatChainId, parseChainId, type ChainSource } from './chain-id';
export {
  canonicalCheckpointBody,
  createCheckpoint,
  isCheckpointSignatureValid,
  type CheckpointBody,
  type CheckpointInput,
  type SignedCheckpoint,
} from './checkpoint';
export { isJsonObject, type JsonObject, type JsonValue } from './json-value';
export {
  CHECKPOINT_RECORD_TYPE,
  decodeLedgerEntry,
  decodeLedgerRecord,
  decodeSignedCheckpoint,
  isCheckpointEntry,
  LEDGER_RECORD_TYPE,
  MalformedLedgerEntryError,
  type LedgerEntry,
} from './ledger-entry-decoder';
export { assertLedgerEvent, InvalidLedgerEventError, readEventFields, type EventFields, type LedgerEvent } from './ledger-event';
export {
  GENESIS_HASH,
  isHexDigest,
  type ChainHead,
  type HexDigest,
  type LedgerRecord,
  type UnsealedLedgerRecord,
} from './ledger-record';
export { LedgerVerifier, type LedgerVerifierOptions } from './ledger-verifier';
export { chainDigest, computeRecordHash } from './record-hash';
export { ChainSealer, sealEvent, sealEventWithText, type SealedEvent, type SealInput } from './seal-record';
export {
  computeKeyId,
  createSigningKey,
  exportRawPublicKey,
  generateSigningKeyPair,
  InvalidSigningKeyError,
  loadPrivateKey,
  loadPublicKey,
  type SigningKey,
  type SigningKeyPair,
} from './signing-keys';
export { compareLedgerOrder, joinChains } from './total-order';
export type { ChainSummary, LedgerProblem, LedgerProblemKind, LedgerVerificationReport } from './verification-report';
export { verifyChain, verifyLedger, type RecordSource, type VerifyLedgerOptions } from './verify-ledger';
