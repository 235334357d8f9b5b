import { createEvent, Topics } from '@bitacora/contracts';
import { LedgerEventValidator } from './ledger-event-validator';

const TEST_TOPIC = 'test.access.1234';
const validator = new LedgerEventValidator(new Map([[TEST_TOPIC, Topics.access]]));

const accessData = {
  accessId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
  debtorId: 'CC-1',
  principal: { kind: 'api_key', id: 'crm-main', roles: ['agent'] },
  method: 'GET',
  route: '/v1/debtors/:debtorId/timeline',
  requestId: 'req-1',
  accessedAt: '2026-03-10T15:42:10Z',
};

function validate(event: unknown) {
  return validator.validate(TEST_TOPIC, JSON.stringify(event));
}

describe('LedgerEventValidator', () => {
  it('accepts a catalog event on a renamed topic as known and valid', () => {
    const event = createEvent({ type: 'co.collections.access.debtor-data-read.v1', source: '/gw', data: accessData });

    const outcome = validate(event);

    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(validator.classify(TEST_TOPIC, outcome.event)).toEqual({ unknownType: false, schemaProblem: null });
    }
  });

  it.each([
    ['an unknown type', createEvent({ type: 'co.collections.nope.v1', source: '/x', data: {} }), { unknownType: true, schemaProblem: null }],
    [
      'a type of another topic',
      createEvent({ type: 'co.collections.core.payment.received.v1', source: '/x', data: {} }),
      { unknownType: false, schemaProblem: expect.stringMatching(/^WRONG_TOPIC: /) },
    ],
    [
      'data that fails its schema',
      createEvent({ type: 'co.collections.access.debtor-data-read.v1', source: '/gw', data: { ...accessData, method: 'TRACE' } }),
      { unknownType: false, schemaProblem: expect.stringMatching(/^INVALID_DATA: \/method/) },
    ],
  ])('accepts %s and flags it', (_label, event, classification) => {
    const outcome = validate(event);

    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(validator.classify(TEST_TOPIC, outcome.event)).toEqual(classification);
    }
  });

  it.each([
    ['text that is not JSON', '{"id":', 'INVALID_JSON'],
    ['JSON without an envelope', JSON.stringify({ id: 'x' }), 'INVALID_ENVELOPE'],
    ['an empty value', null, 'INVALID_JSON'],
  ])('rejects %s', (_label, value, code) => {
    const outcome = validator.validate(TEST_TOPIC, value);

    expect(outcome).toMatchObject({ ok: false, code });
  });

  it('classifies an event object it did not see by validating it again', () => {
    const event = createEvent({ type: 'co.collections.nope.v1', source: '/x', data: {} });

    expect(validator.classify(TEST_TOPIC, event)).toEqual({ unknownType: true, schemaProblem: null });
  });
});
