import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions, mask } from './logger';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('service logger', () => {
  it.each([
    ['notes', { notes: 'El deudor dijo que paga el viernes' }],
    ['nested phone', { party: { phone: '+57 300 123 4567' } }],
    ['nested e-mail', { contact: { email: 'deudor@example.com' } }],
    ['document number', { debtor: { documentNumber: '1020304050' } }],
    ['API key', { apiKey: 'bk_live_secret' }],
  ])('redacts %s', (_case, fields) => {
    const { lines, stream } = capture();
    const logger = pino({ ...loggerOptions({ service: 'test' }), transport: undefined }, stream);

    logger.info(fields, 'interaction recorded');

    const line = lines.join('');
    const secret = JSON.stringify(fields).match(/:"([^"]+)"/)?.[1] ?? '';
    expect(line).toContain('[redacted]');
    expect(line).not.toContain(secret);
  });

  it('redacts failed query parameters', () => {
    const { lines, stream } = capture();
    const logger = pino({ ...loggerOptions({ service: 'test' }), transport: undefined }, stream);
    const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      query: 'INSERT INTO interactions (notes, phone) VALUES ($1, $2)',
      parameters: ['Dice que paga el viernes', '+57 300 123 4567'],
      driverError: Object.assign(new Error('invalid byte sequence'), { code: '22021' }),
    });

    logger.error({ err: error }, 'unhandled error');

    const line = lines.join('');
    expect(line).toContain('invalid byte sequence');
    expect(line).toContain('INSERT INTO interactions');
    expect(line).not.toContain('paga el viernes');
    expect(line).not.toContain('300 123 4567');
  });

  it('keeps ids readable', () => {
    const { lines, stream } = capture();
    const logger = pino({ ...loggerOptions({ service: 'test' }), transport: undefined }, stream);

    logger.info({ debtorId: 'CC-1', accountId: 'CRED-9' }, 'interaction recorded');

    expect(JSON.parse(lines[0])).toMatchObject({ service: 'test', debtorId: 'CC-1', accountId: 'CRED-9', level: 'info' });
  });
});

describe('mask', () => {
  it.each([
    ['3001234567', '*******567'],
    ['ab', '**'],
    ['', ''],
  ])('masks %s', (value, expected) => {
    expect(mask(value)).toBe(expected);
  });
});
