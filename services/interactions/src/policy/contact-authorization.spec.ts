import { ContactChannel, PartyRole } from './contact';
import { ChannelConsent, OptOut, VisitException } from './contact-facts';
import { ContactPolicyEngine } from './contact-policy-engine';
import { ACCOUNT_ID, bogota, codesOf, consent, contactAt, factsWith, PARTY_ID, settingsWith } from './test/policy-fixtures';

describe('channel authorization (Ley 2300 de 2023, art. 2)', () => {
  const engine = new ContactPolicyEngine();
  const callAt = contactAt('2026-03-10 10:00', { channel: 'whatsapp' });

  it.each<[string, ChannelConsent[], string[], string | undefined]>([
    ['a WhatsApp consent in force', [consent('whatsapp')], [], undefined],
    ['no consent at all', [], ['CHANNEL_NOT_AUTHORIZED'], 'missing'],
    ['consent for SMS only', [consent('sms')], ['CHANNEL_NOT_AUTHORIZED'], 'missing'],
    ['a WhatsApp consent of another person', [consent('whatsapp', { partyId: 'reference-4' })], ['CHANNEL_NOT_AUTHORIZED'], 'missing'],
    ['a WhatsApp consent revoked last week', [consent('whatsapp', { revokedAt: bogota('2026-03-03 09:00') })], ['CHANNEL_NOT_AUTHORIZED'], 'revoked'],
    ['a WhatsApp consent revoked next week', [consent('whatsapp', { revokedAt: bogota('2026-03-17 09:00') })], [], undefined],
    ['a WhatsApp consent granted tomorrow', [consent('whatsapp', { grantedAt: bogota('2026-03-11 09:30') })], ['CHANNEL_NOT_AUTHORIZED'], 'not_yet_granted'],
    [
      'a revoked consent followed by a new one',
      [consent('whatsapp', { revokedAt: bogota('2026-02-01 09:00') }), consent('whatsapp', { grantedAt: bogota('2026-03-01 09:00') })],
      [],
      undefined,
    ],
  ])('given %s, when a WhatsApp message is tried, then reasons are %j', (_given, consents, codes, consentState) => {
    const decision = engine.evaluate(callAt, factsWith({ consents }));

    expect(codesOf(decision)).toEqual(codes);
    expect(decision.reasons[0]?.details.consent).toBe(consentState);
  });

  it('unauthorized channel has no next instant', () => {
    const decision = engine.evaluate(callAt, factsWith({ consents: [] }));

    expect(decision.nextAllowedAt).toBeNull();
  });

  it('allows from the instant a future consent is granted', () => {
    const decision = engine.evaluate(callAt, factsWith({ consents: [consent('whatsapp', { grantedAt: bogota('2026-03-11 09:30') })] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-11 09:30'));
  });

  it('needs no consent for a visit by default, because art. 6 governs visits', () => {
    const visit = contactAt('2026-03-10 10:00', { channel: 'visit' });
    const facts = factsWith({ consents: [], visitExceptions: [{ kind: 'microcredit', accountId: ACCOUNT_ID, recordedAt: bogota('2026-01-10 10:00'), evidence: 'contract-5' }] });

    expect(codesOf(engine.evaluate(visit, facts))).toEqual([]);
  });
});

describe('opt-out', () => {
  const engine = new ContactPolicyEngine();
  const optOut = (channel: ContactChannel | null, withdrawnAt: Date | null = null): OptOut => ({
    partyId: PARTY_ID,
    channel,
    requestedAt: bogota('2026-03-02 10:00'),
    withdrawnAt,
  });

  it.each<[string, OptOut[], string[]]>([
    ['no opt-out', [], []],
    ['an opt-out of calls', [optOut('phone_call')], ['OPTED_OUT']],
    ['an opt-out of every channel', [optOut(null)], ['OPTED_OUT']],
    ['an opt-out of SMS only', [optOut('sms')], []],
    ['an opt-out of calls withdrawn yesterday', [optOut('phone_call', bogota('2026-03-09 10:00'))], []],
    ['an opt-out of another person', [{ ...optOut(null), partyId: 'guarantor-2' }], []],
  ])('given %s, when a call is tried, then reasons are %j', (_given, optOuts, codes) => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith({ optOuts }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('records the scope and finds no next instant', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith({ optOuts: [optOut(null)] }));

    expect(decision.reasons[0].details).toEqual({ channel: 'phone_call', scope: 'all_channels' });
    expect(decision.nextAllowedAt).toBeNull();
  });
});

describe('who may be contacted (Ley 2300 de 2023, art. 4)', () => {
  const engine = new ContactPolicyEngine();

  it.each<[PartyRole, string, string[]]>([
    ['debtor', '2026-03-10 10:00', []],
    ['co_debtor', '2026-03-10 10:00', []],
    ['guarantor', '2026-03-10 10:00', []],
    ['co_debtor', '2026-03-15 10:00', ['SUNDAY']],
    ['guarantor', '2026-03-10 19:00', ['OUTSIDE_CONTACT_WINDOW']],
    ['reference', '2026-03-10 10:00', ['REFERENCE_NEVER_CONTACTED']],
    ['reference', '2026-03-15 10:00', ['REFERENCE_NEVER_CONTACTED', 'SUNDAY']],
    ['third_party', '2026-03-10 10:00', ['THIRD_PARTY_NEVER_CONTACTED']],
  ])('given a %s, when called for collection at %s, then reasons are %j', (partyRole, dateTime, codes) => {
    const decision = engine.evaluate(contactAt(dateTime, { partyRole }), factsWith());

    expect(codesOf(decision)).toEqual(codes);
  });

  it('denies a reference who calls in about the debt', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00', { partyRole: 'reference', direction: 'inbound' }), factsWith());

    expect(codesOf(decision)).toEqual(['REFERENCE_NEVER_CONTACTED']);
    expect(decision.nextAllowedAt).toBeNull();
  });

  it('allows a non-collection contact with a reference', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00', { partyRole: 'reference', purpose: 'fraud_alert' }), factsWith());

    expect(decision.outcome).toBe('allowed');
  });

  it('counts a guarantor’s contacts apart from the debtor’s', () => {
    const facts = factsWith({
      consents: [consent('sms', { partyId: 'guarantor-2' })],
      priorContacts: [{ contactedPartyId: PARTY_ID, channel: 'phone_call', instant: bogota('2026-03-10 09:00'), rightPartyContact: true }],
    });

    const decision = engine.evaluate(contactAt('2026-03-10 10:00', { partyRole: 'guarantor', contactedPartyId: 'guarantor-2', channel: 'sms' }), facts);

    expect(decision.outcome).toBe('allowed');
  });
});

describe('collection visits (Ley 2300 de 2023, art. 6)', () => {
  const engine = new ContactPolicyEngine();
  const visit = contactAt('2026-03-10 10:00', { channel: 'visit' });
  const exception = (overrides: Partial<VisitException>): VisitException => ({
    kind: 'microcredit',
    accountId: ACCOUNT_ID,
    recordedAt: bogota('2026-01-10 10:00'),
    evidence: 'contract-5',
    ...overrides,
  });

  it.each<[string, VisitException[], string[]]>([
    ['no exception', [], ['VISIT_NOT_PERMITTED']],
    ['a microcredit account', [exception({})], []],
    ['a development credit account', [exception({ kind: 'development_credit' })], []],
    ['rural credit with express authorization', [exception({ kind: 'rural_credit_express_authorization' })], []],
    ['no channel that works, for every account', [exception({ kind: 'no_channel_works', accountId: null })], []],
    ['a microcredit exception of another account', [exception({ accountId: 'account-2' })], ['VISIT_NOT_PERMITTED']],
    ['an exception recorded after the visit', [exception({ recordedAt: bogota('2026-03-12 10:00') })], ['VISIT_NOT_PERMITTED']],
  ])('given %s, when a visit is tried, then reasons are %j', (_given, visitExceptions, codes) => {
    const decision = engine.evaluate(visit, factsWith({ visitExceptions }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('denies an exception kind the administrator no longer accepts', () => {
    const strict = new ContactPolicyEngine(settingsWith({ visits: { version: 2, acceptedExceptions: ['microcredit'] } }));

    const decision = strict.evaluate(visit, factsWith({ visitExceptions: [exception({ kind: 'no_channel_works' })] }));

    expect(decision.reasons).toEqual([
      { code: 'VISIT_NOT_PERMITTED', ruleId: 'collection_visits', ruleVersion: 2, details: { acceptedExceptions: 'microcredit' } },
    ]);
  });

  it('still applies the contact window to a permitted visit', () => {
    const decision = engine.evaluate(contactAt('2026-03-15 10:00', { channel: 'visit' }), factsWith({ visitExceptions: [exception({})] }));

    expect(codesOf(decision)).toEqual(['SUNDAY']);
  });
});
