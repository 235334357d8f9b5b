import { EventValidator, Topics } from '@bitacora/contracts';
import { accessEventsOf, DebtorAccess } from './debtor-access';

const access: DebtorAccess = {
  principal: { kind: 'api_key', id: 'crm-main', roles: ['agent', 'integration'] },
  debtorIds: ['CC-1020304050', 'CC-99', 'CC-1020304050'],
  method: 'GET',
  route: '/v1/debtors/:debtorId/timeline',
  requestId: 'req-7f3a',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  accessedAt: new Date('2026-03-10T15:42:10.000Z'),
  resultCount: 42,
};

describe('accessEventsOf', () => {
  it('builds one event per distinct debtor', () => {
    const events = accessEventsOf(access);

    expect(events.map((event) => event.debtorid)).toEqual(['CC-1020304050', 'CC-99']);
  });

  it('fills who, when, which debtor and which route', () => {
    const [event] = accessEventsOf(access);

    expect(event.type).toBe('co.collections.access.debtor-data-read.v1');
    expect(event.actor).toBe('client:crm-main');
    expect(event.correlationid).toBe('req-7f3a');
    expect(event.traceparent).toBe(access.traceparent);
    expect(event.data).toMatchObject({
      debtorId: 'CC-1020304050',
      principal: { kind: 'api_key', id: 'crm-main', roles: ['agent', 'integration'] },
      method: 'GET',
      route: '/v1/debtors/:debtorId/timeline',
      requestId: 'req-7f3a',
      accessedAt: '2026-03-10T15:42:10.000Z',
      resultCount: 42,
    });
  });

  it('builds events that the contract accepts', () => {
    const validator = new EventValidator();
    for (const event of accessEventsOf({ ...access, accountId: 'CRED-0042-7781' })) {
      expect(validator.validateParsed(Topics.access, event)).toEqual({ ok: true, event });
    }
  });
});
