import { csvLine, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const text = '\uFEFFdeudor,notas\r\nCC-1,"Dijo ""mañana"", sin falta"\r\nCC-2,"dos\nlíneas"\r\n';

    const { headers, rows } = parseCsv(text);

    expect(headers).toEqual(['deudor', 'notas']);
    expect(rows).toEqual([
      { line: 2, values: { deudor: 'CC-1', notas: 'Dijo "mañana", sin falta' } },
      { line: 3, values: { deudor: 'CC-2', notas: 'dos\nlíneas' } },
    ]);
  });

  it('skips blank lines and keeps file line numbers', () => {
    const { rows } = parseCsv('a,b\n1,2\n\n3,4');

    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rows[1].values).toEqual({ a: '3', b: '4' });
  });

  it('writes fields back with quotes where needed', () => {
    expect(csvLine(['2', 'amount', 'monto "x", inválido'])).toBe('2,amount,"monto ""x"", inválido"');
  });
});
