import {
  decodeLedgerRecord,
  decodeSignedCheckpoint,
  isCheckpointEntry,
  MalformedLedgerEntryError,
  type JsonValue,
  type LedgerRecord,
  type SignedCheckpoint,
} from '../ledger';
import { readLineBatches, readLinesContaining } from './export-lines';
import type { LedgerSource } from './ledger-source';

/** Raised for a line of an export that is not valid JSON or not a valid ledger entry. */
export class MalformedExportLineError extends Error {
  override readonly name = 'MalformedExportLineError';

  constructor(
    readonly lineNumber: number,
    /** Path of the offending member; empty when the line as a whole is wrong. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Malformed line ${lineNumber}${field === '' ? '' : ` at "${field}"`}: ${reason}`);
  }
}

/**
 * Opens a JSON Lines export of the ledger as a source. The export has one record per line, and
 * checkpoints as lines with `"recordType":"checkpoint"` anywhere in the file. The file is read
 * twice, checkpoints first, so that every checkpoint head is known before the chain that must
 * reach it.
 */
export function ledgerExportFile(path: string): LedgerSource {
  const checkpointLines = new Set<number>();
  return {
    checkpoints: () => readCheckpoints(path, checkpointLines),
    records: () => readRecords(path, checkpointLines),
  };
}

// The first pass decodes only the lines that contain this text, because every checkpoint
// line does.
const RECORD_TYPE_MEMBER = '"recordType"';

async function* readCheckpoints(path: string, checkpointLines: Set<number>): AsyncGenerator<SignedCheckpoint> {
  for await (const { text, lineNumber } of readLinesContaining(path, RECORD_TYPE_MEMBER)) {
    const entry = parseLine(text, lineNumber);
    if (isCheckpointEntry(entry)) {
      checkpointLines.add(lineNumber);
      yield decodeLine(() => decodeSignedCheckpoint(entry), lineNumber);
    }
  }
}

async function* readRecords(path: string, checkpointLines: ReadonlySet<number>): AsyncGenerator<LedgerRecord> {
  for await (const batch of readLineBatches(path)) {
    for (const { text, lineNumber } of batch) {
      const entry = parseLine(text, lineNumber);
      if (!isCheckpointEntry(entry)) {
        yield decodeLine(() => decodeLedgerRecord(entry), lineNumber);
      } else if (!checkpointLines.has(lineNumber)) {
        // Only a member name written with escapes, such as "recordT\u0079pe", escapes the first pass.
        throw new MalformedExportLineError(lineNumber, 'recordType', `expected the member name written as ${RECORD_TYPE_MEMBER}, without escapes`);
      }
    }
  }
}

function parseLine(text: string, lineNumber: number): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new MalformedExportLineError(lineNumber, '', `invalid JSON (${error.message})`);
    }
    throw error;
  }
}

function decodeLine<T>(decode: () => T, lineNumber: number): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof MalformedLedgerEntryError) {
      throw new MalformedExportLineError(lineNumber, error.field, `expected ${error.expectedForm}`);
    }
    throw error;
  }
}
