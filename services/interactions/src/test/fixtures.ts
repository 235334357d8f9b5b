import { uniqueSuffix } from '@bitacora/testing';

/** Ids of one test's debtor, account and source references, unique per call so tests share nothing. */
export function newDebtor() {
  const suffix = uniqueSuffix();

  return {
    debtorId: `CC-${suffix}`,
    accountId: `CRED-${suffix}`,
    secondAccountId: `CRED-${suffix}-2`,
    reference: (name: string) => `${name}-${suffix}`,
  };
}

/** An outbound collection phone call that reached the debtor, Tuesday 10 March 2026 at 10:30 Bogota. */
export function phoneCall(debtor: ReturnType<typeof newDebtor>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    debtorId: debtor.debtorId,
    accountIds: [debtor.accountId],
    party: { id: debtor.debtorId, role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: '2026-03-10T10:30:00-05:00',
    durationSeconds: 120,
    agentId: 'ag-17',
    outcomeCode: 'RIGHT_PARTY_REACHED',
    notes: 'Dice que paga el viernes.',
    sourceSystem: 'crm-main',
    sourceReference: debtor.reference('CALL'),
    ...overrides,
  };
}

/** A consent for `channel` granted on 2 January 2026, before every contact the tests make. */
export function consent(partyId: string, channel: string): Record<string, unknown> {
  return { partyId, channel, validFrom: '2026-01-02T09:00:00-05:00', evidence: 'formulario-firmado-1' };
}
