import { parseCsv } from './csv';
import { mapRows, stableUuid, stableDigest } from './map-rows';

const defaults = { sourceSystem: 'csv-import' };

function map(kind: 'interactions' | 'promises' | 'payments', text: string, fileName = 'gestiones.csv') {
  const { headers, rows } = parseCsv(text);
  return mapRows(kind, fileName, headers, rows, defaults);
}

describe('mapRows', () => {
  it('maps Spanish headers of an interaction', () => {
    const result = map('interactions', 'deudor,obligacion,canal,fecha,resultado,notas,agente\nCC-10,CRED-1,phone_call,2026-03-10T10:30:00-05:00,NO_ANSWER,sin respuesta,ag-1\n');

    expect(result.problems).toEqual([]);
    expect(result.mapped).toHaveLength(1);
    expect(result.mapped[0]).toMatchObject({
      kind: 'interactions',
      line: 2,
      path: '/v1/interactions',
      body: { debtorId: 'CC-10', accountIds: ['CRED-1'], channel: 'phone_call', direction: 'outbound', outcomeCode: 'NO_ANSWER', notes: 'sin respuesta', agentId: 'ag-1', sourceSystem: 'csv-import' },
    });
  });

  it('derives the same keys and ids on a re-run', () => {
    const text = 'debtorId,accountId,agentId,amount,dueDate\nCC-10,CRED-1,ag-1,150000.00,2026-03-13\n';

    const first = map('promises', text, 'promesas.csv');
    const second = map('promises', text, 'promesas.csv');

    expect(second.mapped).toEqual(first.mapped);
    expect(first.mapped[0]).toMatchObject({ idempotencyKey: `csv-${stableDigest('promesas.csv', 'promises', 2)}` });
    const promise = first.mapped[0];
    expect(promise.kind === 'promises' ? promise.body.promiseId : undefined).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('names the line and field of each bad value', () => {
    const result = map('promises', 'deudor,obligacion,agente,monto,vencimiento\nCC-10,CRED-1,ag-1,12.345,2026-02-30\nCC 11,CRED-2,ag-1,-5,2026-03-01\n');

    expect(result.mapped).toEqual([]);
    expect(result.problems.map((problem) => `${problem.line}:${problem.field}`)).toEqual(['2:amount', '2:dueDate', '3:debtorId', '3:amount']);
  });

  it('rejects a file without a required column', () => {
    const result = map('payments', 'obligacion,monto\nCRED-1,100.00\n');

    expect(result.problems).toEqual([{ line: 1, field: 'paidAt', message: expect.stringContaining('paidAt') }]);
  });

  it('maps a payment with a stable payment id and its Bogota value date', () => {
    const result = map('payments', 'obligacion,deudor,monto,moneda,fecha_pago\nCRED-1,CC-10,50000.00,COP,2026-03-10T22:30:00-05:00\n', 'pagos.csv');

    expect(result.problems).toEqual([]);
    expect(result.mapped[0]).toMatchObject({
      kind: 'payments',
      accountId: 'CRED-1',
      data: { paymentId: expect.stringMatching(/^CSV-[0-9a-f]{24}$/), amount: '50000.00', currency: 'COP', paidAt: '2026-03-11T03:30:00.000Z', valueDate: '2026-03-10', channel: 'other', debtorId: 'CC-10' },
    });
  });
});

describe('stableUuid', () => {
  it('returns a version 8 UUID', () => {
    expect(stableUuid(stableDigest('a.csv', 'promises', 2))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
