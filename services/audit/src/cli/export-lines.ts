import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const CHUNK_BYTES = 1 << 20;

export interface ExportLine {
  text: string;
  /** 1-based line number in the file. */
  lineNumber: number;
}

/**
 * Yields the non-blank lines of a UTF-8 file in batches, one batch per chunk read, which costs
 * far less than one promise per line. A trailing carriage return is removed from each line.
 */
export async function* readLineBatches(path: string): AsyncGenerator<ExportLine[]> {
  let lineNumber = 0;
  let partial = '';
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const text = partial + chunk;
      const batch: ExportLine[] = [];
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        lineNumber++;
        pushLine(batch, text.slice(start, end), lineNumber);
        start = end + 1;
      }
      partial = text.slice(start);
      yield batch;
    }
  } finally {
    input.destroy();
  }

  const last: ExportLine[] = [];
  pushLine(last, partial, lineNumber + 1);
  if (last.length > 0) {
    yield last;
  }
}

/**
 * Yields only the lines that contain `marker`, finding them in the raw bytes so that the rest
 * of the file is never decoded. Used to pick the few checkpoint lines out of a large export.
 */
export async function* readLinesContaining(path: string, marker: string): AsyncGenerator<ExportLine> {
  const markerBytes = Buffer.from(marker, 'utf8');
  let lineNumber = 0;
  let partial = Buffer.alloc(0);
  const input = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const bytes = partial.length === 0 ? chunk : Buffer.concat([partial, chunk]);
      const completeEnd = bytes.lastIndexOf(NEWLINE) + 1;
      for (const line of findMarkedLines(bytes.subarray(0, completeEnd), markerBytes, lineNumber)) {
        yield line;
      }
      lineNumber += countNewlines(bytes, completeEnd);
      partial = Buffer.from(bytes.subarray(completeEnd));
    }
  } finally {
    input.destroy();
  }

  for (const line of findMarkedLines(partial, markerBytes, lineNumber)) {
    yield line;
  }
}

/** Lines of `bytes` (complete lines, or the file's last line) that contain the marker. */
function findMarkedLines(bytes: Buffer, marker: Buffer, linesBefore: number): ExportLine[] {
  const found: ExportLine[] = [];
  let countedUpTo = 0;
  let lineNumber = linesBefore + 1;
  for (let hit = bytes.indexOf(marker); hit !== -1; ) {
    const start = bytes.lastIndexOf(NEWLINE, hit) + 1;
    const newline = bytes.indexOf(NEWLINE, hit);
    const end = newline === -1 ? bytes.length : newline;

    lineNumber += countNewlines(bytes.subarray(countedUpTo, start), start - countedUpTo);
    countedUpTo = start;
    pushLine(found, bytes.toString('utf8', start, end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end), lineNumber);

    hit = newline === -1 ? -1 : bytes.indexOf(marker, newline + 1);
  }
  return found;
}

function countNewlines(bytes: Buffer, length: number): number {
  let count = 0;
  for (let index = bytes.indexOf(NEWLINE); index !== -1 && index < length; index = bytes.indexOf(NEWLINE, index + 1)) {
    count++;
  }
  return count;
}

function pushLine(batch: ExportLine[], line: string, lineNumber: number): void {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (text.trim() !== '') {
    batch.push({ text, lineNumber });
  }
}
