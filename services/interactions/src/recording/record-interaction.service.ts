import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ownershipProblems } from '../accounts/account-ownership';
import { AccountsRepository } from '../accounts/accounts.repository';
import { FollowUpService } from '../accounts/follow-up.service';
import { DisputesService } from '../disputes/disputes.service';
import { OutcomeCode } from '../outcome-codes/outcome-code';
import { outcomeCodeFromJson } from '../outcome-codes/outcome-codes.repository';
import { ContactFactsRepository } from '../policy-checks/contact-facts.repository';
import { ContactPolicyService } from '../policy-checks/contact-policy.service';
import { PolicyDecisionsRepository } from '../policy-checks/policy-decisions.repository';
import { InteractionView, interactionView } from '../queries/interaction-view';
import { InteractionViews } from '../queries/interaction-views.service';
import { EventWriter, PendingEvent } from '../shared/event-writer';
import { isUniqueViolation } from '../shared/pg-errors';
import { RequestMeta } from '../shared/request-meta';
import { attemptOf, buildInteractionRecord } from './build-interaction-record';
import { recordedEvent, violationEvent } from './interaction-events';
import { interactionProblems } from './interaction-problems';
import { InteractionRecord } from './interaction-record';
import { InteractionsRepository, StoredInteraction } from './interactions.repository';
import { RecordInteractionDto } from './record-interaction.dto';

export interface RecordOptions {
  /**
   * Claims the inbox entry of the message that carried the request, in the recording
   * transaction. False means the message was already applied, so nothing is recorded again.
   */
  claimInbox?: (manager: EntityManager) => Promise<boolean>;
}

export interface RecordResult {
  interaction: InteractionView;
  /** True when the same (sourceSystem, sourceReference) was already recorded: nothing new was stored. */
  replayed: boolean;
}

/**
 * Records an interaction and everything it implies, in one transaction: the policy decision on
 * the contact, the interaction, its accounts, its next actions, the disputes its outcome raises,
 * and their events. Interactions are stored even when the policy denies them, because what
 * happened must not be lost, and an outbound one then raises a violation.
 */
@Injectable()
export class RecordInteractionService {
  private readonly logger = new Logger(RecordInteractionService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly interactions: InteractionsRepository,
    private readonly facts: ContactFactsRepository,
    private readonly policy: ContactPolicyService,
    private readonly decisions: PolicyDecisionsRepository,
    private readonly accounts: AccountsRepository,
    private readonly followUp: FollowUpService,
    private readonly disputes: DisputesService,
    private readonly events: EventWriter,
    private readonly views: InteractionViews,
  ) {}

  async record(input: RecordInteractionDto, meta: RequestMeta, options: RecordOptions = {}): Promise<RecordResult> {
    let stored: StoredInteraction | { existingId: string };
    try {
      stored = await this.dataSource.transaction((manager) => this.recordInTransaction(manager, input, meta, options));
    } catch (error) {
      const concurrent = isUniqueViolation(error, 'interactions_source_reference') ? await this.replayOf(input) : undefined;
      if (concurrent) {
        return concurrent;
      }
      throw error;
    }

    if ('existingId' in stored) {
      return { interaction: await this.viewOf(stored.existingId), replayed: true };
    }
    // A new interaction has no amendments, so its view is built from the rows the inserts returned.
    return { interaction: interactionView(stored, []), replayed: false };
  }

  /**
   * Reads everything the recording checks in one statement after the lock: an interaction with the
   * same source (a replay, returned without checking the input again), the outcome code, the
   * owners of the accounts and the contact-policy facts.
   */
  private async recordInTransaction(
    manager: EntityManager,
    input: RecordInteractionDto,
    meta: RequestMeta,
    options: RecordOptions,
  ): Promise<StoredInteraction | { existingId: string }> {
    // One contacted person at a time: two concurrent contacts cannot both pass the daily cap.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`contacted-party:${input.party.id}`]);
    const attempt = attemptOf(input);
    const loaded = await this.facts.loadForRecording(manager, attempt, this.policy.settings.nextAllowedSearchDays, {
      sourceSystem: input.sourceSystem,
      sourceReference: input.sourceReference,
      outcomeCode: input.outcomeCode,
    });
    if (loaded.existingInteractionId !== undefined) {
      return { existingId: loaded.existingInteractionId };
    }

    const outcome = loaded.outcome === undefined ? undefined : outcomeCodeFromJson(loaded.outcome);
    const problems = interactionProblems(input, outcome, new Date());
    if (problems.length > 0 || outcome === undefined) {
      throw unprocessable('interaction.invalid', {}, problems);
    }
    if (options.claimInbox && !(await options.claimInbox(manager))) {
      throw new Error(`message for ${input.sourceSystem}/${input.sourceReference} is in the inbox but its interaction is missing`);
    }

    const ownership = ownershipProblems(loaded.accountDebtors, input.accountIds, input.debtorId, (index) => `accountIds[${index}]`);
    if (ownership.length > 0) {
      throw unprocessable('interaction.invalid', {}, ownership);
    }

    const decision = this.policy.decideOn(attempt, loaded);
    const ids = { interactionId: uuidv7(), decisionId: uuidv7() };
    const record = buildInteractionRecord(input, ids, outcome, decision, meta.actor);
    // The response is built from the rows as stored; the events from the record, as before.
    const stored = await this.interactions.insert(
      manager,
      record,
      meta.requestId,
      this.decisions.insertStatement({ decisionId: ids.decisionId, origin: 'interaction', interactionId: ids.interactionId, attempt, decision, actor: meta.actor }, meta.requestId),
      record.accountIds.length > 0 ? [this.accounts.touchInteractionStatement(record.accountIds, record.debtorId, record.occurredAt)] : [],
    );

    const violation = violationEvent(record, decision);
    const events: PendingEvent[] = [recordedEvent(record, decision), ...(violation ? [violation] : [])];
    events.push(...(await this.followUps(manager, record, meta)));
    events.push(...(await this.raisedDisputes(manager, record, outcome, meta)));
    await this.events.append(manager, meta, events);
    if (violation) {
      this.logger.warn({ interactionId: record.interactionId, debtorId: record.debtorId, reasons: decision.reasons.map((reason) => reason.code) }, 'contact recorded in breach of the contact policy');
    }

    return stored;
  }

  /** Schedules the interaction's next action on each account. The insert has already updated the accounts' state. */
  private async followUps(manager: EntityManager, record: InteractionRecord, meta: RequestMeta): Promise<PendingEvent[]> {
    const terms = record.nextAction;
    if (terms === null) {
      return [];
    }
    const events: PendingEvent[] = [];
    for (const accountId of record.accountIds) {
      const scheduled = await this.followUp.scheduleInTransaction(manager, meta, { accountId, debtorId: record.debtorId, interactionId: record.interactionId, terms });
      events.push(scheduled.event);
    }

    return events;
  }

  /** A dispute outcome opens a dispute on each account that has none open, which pauses collection contact. */
  private async raisedDisputes(manager: EntityManager, record: InteractionRecord, outcome: OutcomeCode, meta: RequestMeta): Promise<PendingEvent[]> {
    if (!outcome.isDispute) {
      return [];
    }
    const events: PendingEvent[] = [];
    for (const accountId of record.accountIds) {
      const opened = await this.disputes.openInTransaction(manager, meta, {
        debtorId: record.debtorId,
        accountId,
        openedAt: record.occurredAt,
        reason: `Resultado ${outcome.code} en la interacción ${record.interactionId} / Outcome ${outcome.code} in interaction ${record.interactionId}`,
        evidence: record.recordingReference,
        interactionId: record.interactionId,
      });
      if (opened) {
        events.push(opened.event);
      }
    }

    return events;
  }

  private async replayOf(input: RecordInteractionDto): Promise<RecordResult | undefined> {
    const existing = await this.interactions.findIdBySource(this.dataSource.manager, input.sourceSystem, input.sourceReference);

    return existing === undefined ? undefined : { interaction: await this.viewOf(existing), replayed: true };
  }

  private async viewOf(interactionId: string): Promise<InteractionView> {
    const view = await this.views.get(this.dataSource.manager, interactionId);
    if (!view) {
      throw new Error(`interaction ${interactionId} was committed but cannot be read back`);
    }

    return view;
  }
}
