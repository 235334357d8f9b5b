import { createEvent, InteractionCommandTypes } from '@bitacora/contracts';
import { PermanentMessageError } from '@bitacora/messaging';
import { submissionToRequest } from './submission-to-request';

function submission(overrides: Record<string, unknown> = {}) {
  return createEvent({
    type: InteractionCommandTypes.submit,
    source: 'urn:dialer',
    data: {
      debtorId: 'CC-1020304050',
      accountIds: ['CRED-0042-7781'],
      party: { id: 'CC-1020304050', role: 'debtor' },
      channel: 'sms',
      direction: 'outbound',
      purpose: 'collection',
      occurredAt: '2026-03-10T10:30:00-05:00',
      automatedChannelId: 'dialer-1',
      outcomeCode: 'RIGHT_PARTY_REACHED',
      sourceSystem: 'dialer',
      sourceReference: 'SMS-1',
      ...overrides,
    },
  });
}

describe('submissionToRequest', () => {
  it('maps a valid command', async () => {
    const { input, meta } = await submissionToRequest(submission());

    expect(input.sourceReference).toBe('SMS-1');
    expect(meta.actor).toBe('client:dialer');
  });

  it('rejects a NUL character', async () => {
    const rejection = submissionToRequest(submission({ notes: 'a\u0000b' }));

    await expect(rejection).rejects.toBeInstanceOf(PermanentMessageError);
    await expect(rejection).rejects.toMatchObject({ code: 'INVALID_SUBMISSION', message: expect.stringContaining('"field":"notes"') });
  });
});
