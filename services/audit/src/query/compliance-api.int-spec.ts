import { createEvent } from '@bitacora/contracts';
import { waitFor } from '@bitacora/testing';
import { canonicalJson, chainDigest, computeRecordHash, decodeLedgerEntry, isCheckpointSignatureValid, type JsonValue, type LedgerRecord, type SignedCheckpoint } from '../ledger';
import { accessEvent, countRecords, startAuditHarness, type AuditHarness } from '../test/audit-harness';
import { buildAuditOpenApi } from '../swagger';
import type { RecordView } from './record-view.dto';

interface Page {
  items: RecordView[];
  nextCursor: string | null;
}

describe('compliance API', () => {
  let harness: AuditHarness;

  beforeAll(async () => {
    harness = await startAuditHarness({ partitions: 2, env: { AUDIT_CHECKPOINT_EVERY_RECORDS: '20' } });
    const access = Array.from({ length: 20 }, (_, index) => ({ event: accessEvent(index % 2 === 0 ? 'CC-ana' : 'CC-luis', index), partition: index % 2 }));
    const interaction = createEvent({
      type: 'co.collections.debtor.visited.v1',
      source: '/services/field',
      actor: 'agent:ag-9',
      data: { debtorId: 'CC-ana', accountIds: ['CRED-1', 'CRED-2'], notes: 'Visita, con "comillas", comas y\nsaltos de línea' },
    });
    await harness.publish(harness.topics.access, access);
    await waitFor('20 records and a checkpoint', async () => {
      const checkpoints = await harness.admin.query(`SELECT 1 FROM "${harness.db.schema}".checkpoints`);
      return (await countRecords(harness)) === 20 && checkpoints.rowCount === 1;
    });
    await harness.publish(harness.topics.interactions, [{ event: interaction, partition: 0 }]);
    await waitFor('21 records', async () => (await countRecords(harness)) === 21);
  });

  afterAll(async () => {
    await harness.close();
  });

  async function page(query: string): Promise<Page> {
    const response = await harness.inject({ method: 'GET', url: `/v1/ledger/records${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<Page>();
  }

  it('queries by debtor in ledger order with cursor pagination', async () => {
    const first = await page('?debtorId=CC-ana&limit=4');
    const rest: RecordView[] = [];
    for (let cursor = first.nextCursor; cursor !== null; ) {
      const next = await page(`?debtorId=CC-ana&limit=4&cursor=${cursor}`);
      rest.push(...next.items);
      cursor = next.nextCursor;
    }
    const all = [...first.items, ...rest];

    expect(all).toHaveLength(11);
    expect(all.every((record) => record.debtorId === 'CC-ana')).toBe(true);
    expect(all.map((record) => record.recordedAt)).toEqual([...all.map((record) => record.recordedAt)].sort());
    expect(all[10]).toMatchObject({ eventType: 'co.collections.debtor.visited.v1', unknownType: true });
  });

  it.each([
    ['account', '?accountId=CRED-2', 1],
    ['actor', '?actor=agent:ag-1', 7],
    ['event type', '?eventType=co.collections.access.debtor-data-read.v1', 20],
    ['chain', `?chainId=test.access.SUFFIX:1`, 10],
    ['empty time range', '?from=2000-01-01T00:00:00Z&to=2000-02-01T00:00:00-05:00', 0],
  ])('filters by %s', async (_label, query, count) => {
    const result = await page(`${query.replace('test.access.SUFFIX', harness.topics.access)}&limit=500`);

    expect(result.items).toHaveLength(count);
  });

  it('rejects bad filters per field', async () => {
    const spanish = await harness.inject({ method: 'GET', url: '/v1/ledger/records?limit=0&from=ayer&cursor=zzz&extra=1' });
    const english = await harness.inject({ method: 'GET', url: '/v1/ledger/records?chainId=nochain', headers: { 'accept-language': 'en' } });
    const reversed = await harness.inject({ method: 'GET', url: '/v1/ledger/records?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z' });

    expect(spanish.statusCode).toBe(400);
    expect(spanish.json<{ errors: { field: string }[] }>().errors.map((error) => error.field).sort()).toEqual(['extra', 'from', 'limit']);
    expect(spanish.body).toContain('Debe ser al menos 1');
    expect(english.json()).toMatchObject({ errors: [{ field: 'chainId', message: expect.stringContaining('Must be a chain id') }] });
    expect(reversed.json()).toMatchObject({ status: 400, errors: [{ field: 'to', code: 'audit.time_range_invalid' }] });
    const badCursor = await harness.inject({ method: 'GET', url: '/v1/ledger/records?cursor=zzz' });
    expect(badCursor.json()).toMatchObject({ status: 400, errors: [{ field: 'cursor', code: 'field.cursor' }] });
  });

  it('exports a debtor history as JSON Lines with the checkpoints that cover it', async () => {
    const response = await harness.inject({ method: 'GET', url: '/v1/ledger/debtors/CC-ana/export' });
    const entries = response.body.trim().split('\n').map((line) => decodeLedgerEntry(JSON.parse(line) as JsonValue));
    const checkpoints = entries.flatMap((entry) => (entry.recordType === 'checkpoint' ? [entry.checkpoint] : []));
    const records = entries.flatMap((entry) => (entry.recordType === 'record' ? [entry.record] : []));

    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="ledger-debtor-CC-ana.jsonl"');
    expect(records).toHaveLength(11);
    expect(records.every((record) => computeRecordHash(record) === record.hash)).toBe(true);
    expect(checkpoints).toHaveLength(1);
    expect(isCheckpointSignatureValid(checkpoints[0], harness.keys.publicKey)).toBe(true);
    expect(coveredAccessRecords(records, checkpoints[0])).toBe(10);
  });

  it('exports a debtor history as CSV whose rows recompute their hashes', async () => {
    const response = await harness.inject({ method: 'GET', url: '/v1/ledger/debtors/CC-ana/export?format=csv' });
    const rows = parseCsv(response.body);
    const header = rows[0];
    const records = rows.slice(1).filter((row) => row[0] === 'record').map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(records).toHaveLength(11);
    for (const row of records) {
      const record = {
        chainId: row.chain_id, sequence: Number(row.sequence), eventId: row.event_id, eventType: row.event_type, source: row.source,
        actor: row.actor || null, debtorId: row.debtor_id || null, accountId: row.account_id || null, eventTime: row.event_time || null,
        recordedAt: row.recorded_at, payload: JSON.parse(row.payload) as { [key: string]: JsonValue }, previousHash: row.previous_hash,
      };
      expect(computeRecordHash(record)).toBe(row.hash);
      expect(chainDigest(row.previous_hash, canonicalJson({ ...record }))).toBe(row.hash);
    }
    expect(records.find((row) => row.unknown_type === 'true')?.payload).toContain('saltos de l\\u00ednea'.replace('\\u00ed', 'í'));
  });

  it('rejects an unknown export format', async () => {
    const response = await harness.inject({ method: 'GET', url: '/v1/ledger/debtors/CC-ana/export?format=xml', headers: { 'accept-language': 'en' } });

    expect(response.json()).toMatchObject({ status: 400, errors: [{ field: 'format', message: 'Must be jsonl or csv.' }] });
  });

  it('serves the public key that verifies the checkpoints', async () => {
    const response = await harness.inject({ method: 'GET', url: '/v1/ledger/public-key' });

    expect(response.json()).toMatchObject({ algorithm: 'Ed25519', keyId: harness.keys.keyId, previousKeys: [] });
    expect(response.json<{ publicKeyPem: string }>().publicKeyPem).toBe(harness.keys.publicKey.export({ format: 'pem', type: 'spki' }));
  });

  it('holds block the purge check', async () => {
    const placed = await harness.inject({ method: 'POST', url: '/v1/legal-holds', payload: { debtorId: 'CC-ana', reason: 'PQR 2026-000123', placedBy: 'compliance:mrojas' } });
    const hold = placed.json<{ holdId: string }>();
    const retention = await harness.inject({ method: 'GET', url: '/v1/ledger/retention' });
    const current = retention.json<{ partitions: { partition: string; purgeAllowed: boolean; refusals: { code: string; debtorIds?: string[] }[] }[] }>().partitions[0];
    const released = await harness.inject({ method: 'POST', url: `/v1/legal-holds/${hold.holdId}/release`, payload: { releasedBy: 'compliance:mrojas', reason: 'PQR cerrada' } });
    const again = await harness.inject({ method: 'POST', url: `/v1/legal-holds/${hold.holdId}/release`, payload: { releasedBy: 'compliance:mrojas', reason: 'PQR cerrada' } });
    const active = await harness.inject({ method: 'GET', url: '/v1/legal-holds?debtorId=CC-ana' });
    const all = await harness.inject({ method: 'GET', url: '/v1/legal-holds?debtorId=CC-ana&status=all' });

    expect(placed.statusCode).toBe(201);
    expect(current.purgeAllowed).toBe(false);
    expect(current.refusals).toEqual([expect.objectContaining({ code: 'RETENTION_PERIOD_NOT_OVER' }), { code: 'LEGAL_HOLD', debtorIds: ['CC-ana'] }]);
    expect(released.json()).toMatchObject({ active: false, releasedBy: 'compliance:mrojas', releaseReason: 'PQR cerrada' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toContain('ya fue levantada');
    expect(active.json()).toEqual({ items: [] });
    expect(all.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('documents every route in OpenAPI', () => {
    const document = buildAuditOpenApi(harness.app);

    expect(Object.keys(document.paths).sort()).toEqual([
      '/v1/ledger/chains',
      '/v1/ledger/checkpoints',
      '/v1/ledger/debtors/{debtorId}/export',
      '/v1/ledger/export',
      '/v1/ledger/public-key',
      '/v1/ledger/records',
      '/v1/ledger/retention',
      '/v1/ledger/retention/partitions/{partition}/purge-check',
      '/v1/ledger/verifications',
      '/v1/legal-holds',
      '/v1/legal-holds/{holdId}/release',
    ]);
    expect(document.paths['/v1/ledger/records'].get?.summary).toBe('Consultar registros del libro / Query ledger records');
  });

  it('rejects a hold without its fields and an unknown hold', async () => {
    const invalid = await harness.inject({ method: 'POST', url: '/v1/legal-holds', payload: { debtorId: 'CC ana', placedBy: 'nadie' } });
    const missing = await harness.inject({ method: 'POST', url: '/v1/legal-holds/0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11/release', payload: { releasedBy: 'compliance:x', reason: 'r' } });
    const unknownPartition = await harness.inject({ method: 'GET', url: '/v1/ledger/retention/partitions/ledger_records_p199001/purge-check' });

    expect(new Set(invalid.json<{ errors: { field: string }[] }>().errors.map((error) => error.field))).toEqual(new Set(['debtorId', 'placedBy', 'reason']));
    expect(missing.statusCode).toBe(404);
    expect(unknownPartition.statusCode).toBe(404);
  });
});

function coveredAccessRecords(records: LedgerRecord[], checkpoint: SignedCheckpoint): number {
  return records.filter((record) => checkpoint.heads.some((head) => head.chainId === record.chainId && head.sequence >= record.sequence)).length;
}

/** Parses RFC 4180 CSV text into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        cell += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else {
      cell += character;
    }
  }
  return rows;
}
