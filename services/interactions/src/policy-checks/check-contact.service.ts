import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { ContactPolicyCheckedData, InteractionEventTypes } from '@bitacora/contracts';
import { unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ContactAttempt } from '../policy';
import { EventWriter } from '../shared/event-writer';
import { RequestMeta } from '../shared/request-meta';
import { CheckContactDto } from './check-contact.dto';
import { ContactPolicyService } from './contact-policy.service';
import { PolicyDecisionRecord, reasonsOf } from './policy-decision';
import { PolicyDecisionsRepository } from './policy-decisions.repository';

export function attemptOfCheck(input: CheckContactDto, now: Date): ContactAttempt {
  const partyId = input.party.id ?? (input.party.role === 'debtor' ? input.debtorId : undefined);
  if (partyId === undefined) {
    throw unprocessable('policy.party_id_required', {}, [{ field: 'party.id', code: 'field.required' }]);
  }

  return {
    debtorId: input.debtorId,
    contactedPartyId: partyId,
    partyRole: input.party.role,
    channel: input.channel,
    direction: input.direction ?? 'outbound',
    purpose: input.purpose,
    instant: input.instant === undefined ? now : new Date(input.instant),
    accountIds: input.accountIds ?? [],
  };
}

/**
 * Answers a dialer's or CRM's question before a contact, and keeps the answer: a denied check is
 * the evidence that the contact did not happen (Ley 2300 de 2023).
 */
@Injectable()
export class CheckContactService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly policy: ContactPolicyService,
    private readonly decisions: PolicyDecisionsRepository,
    private readonly events: EventWriter,
  ) {}

  async check(input: CheckContactDto, meta: RequestMeta): Promise<PolicyDecisionRecord> {
    const attempt = attemptOfCheck(input, new Date());

    return this.dataSource.transaction(async (manager) => {
      const decision = await this.policy.decide(manager, attempt);
      const record = await this.decisions.insert(manager, { decisionId: uuidv7(), origin: 'check', interactionId: null, attempt, decision, actor: meta.actor }, meta.requestId);
      await this.events.append(manager, meta, [
        {
          type: InteractionEventTypes.policyChecked,
          data: checkedEventData(record),
          debtorId: attempt.debtorId,
          accountId: attempt.accountIds[0],
          subject: record.decisionId,
        },
      ]);

      return record;
    });
  }
}

function checkedEventData(record: PolicyDecisionRecord): ContactPolicyCheckedData {
  const { attempt, decision } = record;

  return {
    decisionId: record.decisionId,
    debtorId: attempt.debtorId,
    party: { id: attempt.contactedPartyId, role: attempt.partyRole },
    channel: attempt.channel,
    direction: attempt.direction,
    purpose: attempt.purpose,
    accountIds: [...attempt.accountIds],
    instant: attempt.instant.toISOString(),
    outcome: decision.outcome,
    reasons: reasonsOf(decision),
    nextAllowedAt: decision.nextAllowedAt?.toISOString() ?? null,
    appliedRules: decision.appliedRules.map((rule) => ({ ruleId: rule.ruleId, ruleVersion: rule.ruleVersion })),
    decidedAt: record.decidedAt.toISOString(),
  };
}
