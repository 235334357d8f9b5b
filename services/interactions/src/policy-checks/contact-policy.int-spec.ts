import { EventValidator, InteractionEventTypes, Topics } from '@bitacora/contracts';
import { AGENT, InteractionsHarness, startInteractions } from '../test/interactions-harness';
import { consent, newDebtor, phoneCall } from '../test/fixtures';

interface Decision {
  decisionId: string;
  outcome: 'allowed' | 'denied';
  allowed: boolean;
  reasons: { code: string; ruleId: string; ruleVersion: number; message: string }[];
  nextAllowedAt: string | null;
}

describe('contact policy', () => {
  let harness: InteractionsHarness;

  beforeAll(async () => {
    harness = await startInteractions();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const check = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    harness.request<Decision>('POST', '/v1/contact-policy/checks', { party: { role: 'debtor' }, channel: 'phone_call', purpose: 'collection', ...body }, { ...AGENT, ...headers });

  it('allows a contact within the window with consent', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);

    const decision = await check({ debtorId: debtor.debtorId, instant: '2026-03-10T10:00:00-05:00' });

    expect(decision.status).toBe(200);
    expect(decision.body).toMatchObject({ outcome: 'allowed', allowed: true, reasons: [], nextAllowedAt: '2026-03-10T15:00:00.000Z' });
  });

  it('stores a denial with every reason', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);

    const decision = await check({ debtorId: debtor.debtorId, instant: '2026-03-10T20:15:00-05:00' }, { 'accept-language': 'en' });

    expect(decision.body.outcome).toBe('denied');
    expect(decision.body.reasons).toEqual([expect.objectContaining({ code: 'OUTSIDE_CONTACT_WINDOW', ruleId: 'contact_window', ruleVersion: 1, message: expect.stringContaining('Outside the allowed window 07:00-19:00') })]);
    expect(decision.body.nextAllowedAt).toBe('2026-03-11T12:00:00.000Z');
    const stored = await harness.request<{ items: Decision[] }>('GET', `/v1/debtors/${debtor.debtorId}/policy-decisions?outcome=denied`);
    expect(stored.body.items.map((item) => item.decisionId)).toEqual([decision.body.decisionId]);
    const decidedAt = Date.parse((stored.body.items[0] as Decision & { decidedAt: string }).decidedAt);
    const list = (to: number) => harness.request<{ items: Decision[] }>('GET', `/v1/debtors/${debtor.debtorId}/policy-decisions?to=${new Date(to).toISOString()}`);
    expect((await list(decidedAt)).body.items).toEqual([]);
    expect((await list(decidedAt + 1)).body.items.map((item) => item.decisionId)).toEqual([decision.body.decisionId]);
    const events = await harness.events((read) => read.some((event) => event.subject === decision.body.decisionId));
    const checked = events.find((event) => event.subject === decision.body.decisionId);
    expect(checked?.type).toBe(InteractionEventTypes.policyChecked);
    expect(new EventValidator().validateParsed(Topics.interactions, checked)).toMatchObject({ ok: true });
  });

  it('never allows a reference, whatever the hour', async () => {
    const debtor = newDebtor();

    const decision = await check({ debtorId: debtor.debtorId, party: { id: 'CC-REF-1', role: 'reference' }, instant: '2026-03-10T10:00:00-05:00' });

    expect(decision.body.reasons.map((reason) => reason.code)).toEqual(['REFERENCE_NEVER_CONTACTED', 'CHANNEL_NOT_AUTHORIZED']);
    expect(decision.body.nextAllowedAt).toBeNull();
  });

  it('requires party.id for non-debtors', async () => {
    const decision = await check({ debtorId: 'CC-1', party: { role: 'guarantor' } });

    expect(decision.status).toBe(422);
  });

  it('applies opt-outs and their withdrawal', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'sms'), AGENT);
    const optOut = await harness.request<{ id: string; active: boolean }>('POST', `/v1/debtors/${debtor.debtorId}/opt-outs`, { partyId: debtor.debtorId, validFrom: '2026-03-01T09:00:00-05:00', reason: 'STOP' }, AGENT);

    const during = await check({ debtorId: debtor.debtorId, channel: 'sms', instant: '2026-03-10T10:00:00-05:00' });
    const withdrawn = await harness.request('POST', `/v1/opt-outs/${optOut.body.id}/revocation`, { revokedAt: '2026-03-11T09:00:00-05:00', reason: 'Pidió volver a recibir SMS' }, AGENT);
    const again = await harness.request<{ errors?: unknown; code: string }>('POST', `/v1/opt-outs/${optOut.body.id}/revocation`, { reason: 'otra vez' }, AGENT);
    const after = await check({ debtorId: debtor.debtorId, channel: 'sms', instant: '2026-03-11T10:00:00-05:00' });

    expect(optOut.status).toBe(201);
    expect(during.body.reasons.map((reason) => reason.code)).toEqual(['OPTED_OUT']);
    expect(during.body.nextAllowedAt).toBeNull();
    expect(withdrawn.status).toBe(200);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('opt_out.already_revoked');
    expect(after.body.outcome).toBe('allowed');
  });

  it('keeps revoked consents in the history', async () => {
    const debtor = newDebtor();
    const granted = await harness.request<{ id: string }>('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'email'), AGENT);
    await harness.request('POST', `/v1/consents/${granted.body.id}/revocation`, { revokedAt: '2026-03-05T09:00:00-05:00', reason: 'Revocó por correo' }, AGENT);

    const history = await harness.request<{ items: { id: string; active: boolean; revokedAt: string }[] }>('GET', `/v1/debtors/${debtor.debtorId}/consents`);
    const decision = await check({ debtorId: debtor.debtorId, channel: 'email', instant: '2026-03-10T10:00:00-05:00' });

    expect(history.body.items).toEqual([expect.objectContaining({ id: granted.body.id, active: false, revokedAt: '2026-03-05T14:00:00.000Z' })]);
    expect(decision.body.reasons).toEqual([expect.objectContaining({ code: 'CHANNEL_NOT_AUTHORIZED' })]);
    await expect(harness.sql(`DELETE FROM "${harness.db.schema}".consents WHERE id = $1`, [granted.body.id])).rejects.toThrow(/never deleted/);
  });

  it('widens the window with an alternative-hours authorization', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);
    const windows = [{ weekdays: [1, 2, 3, 4, 5], start: '19:00', end: '21:00', includesPublicHolidays: false }];

    const bad = await harness.request<{ errors: { field: string }[] }>('POST', `/v1/debtors/${debtor.debtorId}/alternative-hours`, { partyId: debtor.debtorId, windows: [{ ...windows[0], end: '18:00' }], evidence: 'firma-1' }, AGENT);
    const authorized = await harness.request('POST', `/v1/debtors/${debtor.debtorId}/alternative-hours`, { partyId: debtor.debtorId, validFrom: '2026-03-01T00:00:00-05:00', windows, evidence: 'firma-1' }, AGENT);
    const decision = await check({ debtorId: debtor.debtorId, instant: '2026-03-10T20:15:00-05:00' });

    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'windows[0].end' })]);
    expect(authorized.status).toBe(201);
    expect(decision.body.outcome).toBe('allowed');
  });

  it('pauses collection while a dispute is open', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);
    const opened = await harness.request<{ disputeId: string }>('POST', `/v1/debtors/${debtor.debtorId}/disputes`, { accountId: debtor.accountId, openedAt: '2026-03-09T10:00:00-05:00', reason: 'No reconoce la deuda' }, AGENT);
    const twice = await harness.request<{ code: string }>('POST', `/v1/debtors/${debtor.debtorId}/disputes`, { accountId: debtor.accountId, reason: 'otra' }, AGENT);

    const during = await check({ debtorId: debtor.debtorId, accountIds: [debtor.accountId], instant: '2026-03-10T10:00:00-05:00' });
    const closed = await harness.request('POST', `/v1/disputes/${opened.body.disputeId}/closure`, { resolution: 'rejected', closedAt: '2026-03-10T12:00:00-05:00' }, AGENT);
    const after = await check({ debtorId: debtor.debtorId, accountIds: [debtor.accountId], instant: '2026-03-10T13:00:00-05:00' });

    expect(opened.status).toBe(201);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('dispute.already_open');
    expect(during.body.reasons.map((reason) => reason.code)).toEqual(['DISPUTE_OPEN']);
    expect(closed.status).toBe(200);
    expect(after.body.outcome).toBe('allowed');
  });

  it('permits a visit only with a recorded exception', async () => {
    const debtor = newDebtor();
    const body = { debtorId: debtor.debtorId, channel: 'visit', accountIds: [debtor.accountId], instant: '2026-03-10T10:00:00-05:00' };

    const before = await check(body);
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/visit-exceptions`, { kind: 'microcredit', accountId: debtor.accountId, validFrom: '2026-03-01T09:00:00-05:00', evidence: 'contrato-1' }, AGENT);
    const after = await check(body);

    expect(before.body.reasons.map((reason) => reason.code)).toEqual(['VISIT_NOT_PERMITTED']);
    expect(after.body.outcome).toBe('allowed');
  });

  it('locks the week to the first channel used', async () => {
    const debtor = newDebtor();
    for (const channel of ['phone_call', 'sms']) {
      await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, channel), AGENT);
    }
    await harness.request('POST', '/v1/interactions', phoneCall(debtor, { occurredAt: '2026-03-09T10:00:00-05:00' }), AGENT);

    const sms = await check({ debtorId: debtor.debtorId, channel: 'sms', instant: '2026-03-10T10:00:00-05:00' });
    const sameDay = await check({ debtorId: debtor.debtorId, instant: '2026-03-09T16:00:00-05:00' });

    expect(sms.body.reasons.map((reason) => reason.code)).toEqual(['WEEKLY_CHANNEL_LOCKED']);
    expect(sms.body.nextAllowedAt).toBe('2026-03-16T12:00:00.000Z');
    expect(sameDay.body.reasons.map((reason) => reason.code)).toEqual(['DAILY_LIMIT_REACHED']);
  });

  it('follows the administrator holiday overrides', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);
    const override = await harness.request('POST', '/v1/holidays/overrides', { action: 'add', date: '2026-03-18', name: 'Festivo de prueba', reason: 'Decreto de prueba' }, AGENT);
    const missingName = await harness.request<{ errors: { field: string }[] }>('POST', '/v1/holidays/overrides', { action: 'add', date: '2026-03-18', reason: 'x' }, AGENT);

    const decision = await check({ debtorId: debtor.debtorId, instant: '2026-03-18T10:00:00-05:00' });
    const calendar = await harness.request<{ holidays: { date: string; names: string[] }[] }>('GET', '/v1/holidays?year=2026');
    const removed = await harness.request('POST', '/v1/holidays/overrides', { action: 'remove', date: '2026-03-18', reason: 'Se anuló el decreto' }, AGENT);
    const afterRemoval = await check({ debtorId: debtor.debtorId, instant: '2026-03-18T10:00:00-05:00' });

    expect(override.status).toBe(201);
    expect(missingName.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    expect(decision.body.reasons).toEqual([expect.objectContaining({ code: 'PUBLIC_HOLIDAY', message: expect.stringContaining('Festivo de prueba') })]);
    expect(calendar.body.holidays).toEqual(expect.arrayContaining([{ date: '2026-03-18', names: ['Festivo de prueba'] }, { date: '2026-07-13', names: ['Nuestra Señora del Rosario de Chiquinquirá'] }]));
    expect(removed.status).toBe(201);
    expect(afterRemoval.body.outcome).toBe('allowed');
  });

  it('lists rules with legal sources', async () => {
    const response = await harness.request<{ rules: { id: string; version: number; description: string }[] }>('GET', '/v1/contact-policy/rules');

    expect(response.body.rules.find((rule) => rule.id === 'contact_window')).toMatchObject({ version: 1, description: expect.stringContaining('Ley 2300 de 2023, art. 3') });
  });

  it('extends and restricts the outcome catalog', async () => {
    const code = `LINK_${Date.now()}`;
    const defined = await harness.request('POST', '/v1/outcome-codes', { code, labelEs: 'Enlace enviado', labelEn: 'Link sent', isAttempt: true, isRightPartyContact: false, isDispute: false, channels: ['sms'] }, AGENT);
    const duplicate = await harness.request('POST', '/v1/outcome-codes', { code, labelEs: 'x', labelEn: 'x', isAttempt: true, isRightPartyContact: false, isDispute: false }, AGENT);
    const restricted = await harness.request<{ version: number; channels: string[] }>('PATCH', '/v1/outcome-codes/NO_ANSWER', { channels: ['phone_call'] }, AGENT);
    const forSms = await harness.request<{ items: { code: string }[] }>('GET', '/v1/outcome-codes?channel=sms');

    expect(defined.status).toBe(201);
    expect(duplicate.status).toBe(409);
    expect(restricted.body).toMatchObject({ version: 2, channels: ['phone_call'] });
    expect(forSms.body.items.map((item) => item.code)).toEqual(expect.arrayContaining([code, 'MESSAGE_SENT']));
    expect(forSms.body.items.map((item) => item.code)).not.toContain('NO_ANSWER');
  });
});
