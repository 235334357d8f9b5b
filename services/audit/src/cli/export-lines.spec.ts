import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readLineBatches, readLinesContaining, type ExportLine } from './export-lines';

const MARKER = '"recordType"';

/** The lines that a plain split of the whole text finds, as the readers should report them. */
function expectedLines(text: string, marker?: string): ExportLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ text: line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber: index + 1 }))
    .filter((line) => line.text.trim() !== '' && (marker === undefined || line.text.includes(marker)));
}

async function readAllBatches(path: string): Promise<ExportLine[]> {
  const lines: ExportLine[] = [];
  for await (const batch of readLineBatches(path)) {
    lines.push(...batch);
  }
  return lines;
}

async function readAllMarked(path: string): Promise<ExportLine[]> {
  const lines: ExportLine[] = [];
  for await (const line of readLinesContaining(path, MARKER)) {
    lines.push(line);
  }
  return lines;
}

describe('export line readers', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'bitacora-export-lines-'));
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const path = join(directory, name);
    writeFileSync(path, text, 'utf8');
    return path;
  }

  // Lines of varied length with multi-byte characters, so that some lines and some markers
  // straddle the 1 MiB chunk boundaries of the readers.
  const lines = Array.from({ length: 9000 }, (_unused, index) => {
    const filler = 'ñ€😀x'.repeat(index % 97);
    return index % 13 === 0 ? `{"recordType":"checkpoint","n":${index},"f":"${filler}"}` : `{"n":${index},"f":"${filler}"}`;
  });

  it.each([
    ['LF line ends', lines.join('\n') + '\n'],
    ['CRLF line ends', lines.join('\r\n') + '\r\n'],
    ['no final line end', lines.join('\n')],
    ['blank lines', `\n\n${lines.slice(0, 500).join('\n\n')}\n  \n${lines[13]}`],
  ])('reads every line with %s', async (label, text) => {
    const path = write(`${label}.jsonl`, text);

    expect(Buffer.byteLength(text) > 1 << 20 || label === 'blank lines').toBe(true);
    expect(await readAllBatches(path)).toEqual(expectedLines(text));
    expect(await readAllMarked(path)).toEqual(expectedLines(text, MARKER));
  });

  it('reads an empty file', async () => {
    const path = write('empty.jsonl', '');

    expect(await readAllBatches(path)).toEqual([]);
    expect(await readAllMarked(path)).toEqual([]);
  });
});
