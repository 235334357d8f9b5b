/** A parsed CSV row with its 1-based line number in the file (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, quotes
 * (doubled) and line breaks, and lines end in LF or CRLF. A UTF-8 byte order mark is dropped.
 * Returns the header names as written and one row per non-empty record.
 */
export function parseCsv(text: string): { headers: string[]; rows: CsvRow[] } {
  const records = splitRecords(text.replace(/^\uFEFF/, ''));
  if (records.length === 0) {
    return { headers: [], rows: [] };
  }

  const headers = records[0].fields.map((header) => header.trim());
  const rows = records.slice(1).filter((record) => record.fields.some((field) => field.trim() !== '')).map((record) => ({
    line: record.line,
    values: Object.fromEntries(headers.map((header, index) => [header, (record.fields[index] ?? '').trim()])),
  }));
  return { headers, rows };
}

function splitRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;

  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        if (character === '\n') line++;
        field += character;
      }
      continue;
    }

    if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      fields.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += character;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records;
}

/** Writes one CSV line, quoting fields that need it. */
export function csvLine(fields: string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',');
}
