import { ContactFacts, PriorContact } from '../policy';
import { countWholeDay } from './same-day-contacts';

const prior = (instant: string): PriorContact => ({ contactedPartyId: 'p', channel: 'sms', instant: new Date(instant), rightPartyContact: false });
const facts = (priorContacts: PriorContact[]): ContactFacts => ({
  consents: [], optOuts: [], alternativeHoursAuthorizations: [], disputes: [], pendingPromises: [], visitExceptions: [], priorContacts,
});

describe('countWholeDay', () => {
  const instant = new Date('2026-03-10T14:00:00Z');

  it('counts later same-day contacts', () => {
    const result = countWholeDay(facts([prior('2026-03-10T20:00:00Z'), prior('2026-03-10T14:00:00Z')]), instant);

    expect(result.priorContacts.map((contact) => contact.instant.toISOString())).toEqual(['2026-03-10T13:59:59.999Z', '2026-03-10T13:59:59.999Z']);
  });

  it('leaves earlier contacts and other days alone', () => {
    const others = [prior('2026-03-10T12:00:00Z'), prior('2026-03-11T06:00:00Z'), prior('2026-03-09T20:00:00Z')];

    expect(countWholeDay(facts(others), instant).priorContacts).toEqual(others);
  });
});
