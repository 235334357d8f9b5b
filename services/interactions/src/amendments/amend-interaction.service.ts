import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { InteractionAmendedData, InteractionEventTypes } from '@bitacora/contracts';
import { FieldProblem, notFound, unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { DisputesService } from '../disputes/disputes.service';
import { isUsableOn, OutcomeCode } from '../outcome-codes/outcome-code';
import { OutcomeCodesRepository } from '../outcome-codes/outcome-codes.repository';
import { InteractionView } from '../queries/interaction-view';
import { InteractionViews } from '../queries/interaction-views.service';
import { InteractionRecord } from '../recording/interaction-record';
import { InteractionsRepository } from '../recording/interactions.repository';
import { EventWriter, PendingEvent } from '../shared/event-writer';
import { RequestMeta } from '../shared/request-meta';
import { AmendInteractionDto } from './amend-interaction.dto';
import { changedFields } from './amended-changes';
import { applyAmendments } from './apply-amendments';

/**
 * Corrects an interaction without touching it: the amendment names what changed and why, and the
 * history shows both. Agreements are not amended here, because the promises service owns the
 * promises an interaction created, so an outcome with or toward a promise or plan is rejected.
 */
@Injectable()
export class AmendInteractionService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly interactions: InteractionsRepository,
    private readonly outcomes: OutcomeCodesRepository,
    private readonly disputes: DisputesService,
    private readonly events: EventWriter,
    private readonly views: InteractionViews,
  ) {}

  async amend(interactionId: string, input: AmendInteractionDto, meta: RequestMeta): Promise<InteractionView> {
    await this.dataSource.transaction(async (manager) => {
      // Amendments of one interaction in turn, so each one's "previous" values are the ones in force.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`amend-interaction:${interactionId}`]);
      const stored = await this.interactions.find(manager, interactionId);
      if (!stored) {
        throw notFound('interaction.not_found', { interactionId });
      }
      const { record } = stored;
      const history = (await this.interactions.amendmentsOf(manager, [interactionId])).get(interactionId) ?? [];
      const current = applyAmendments(record, history);

      const { changes, problems } = changedFields(input.changes, current);
      const outcomeChange = changes.find((change) => change.field === 'outcomeCode');
      const newOutcome = outcomeChange ? await this.outcomes.find(manager, String(outcomeChange.current)) : undefined;
      const oldOutcome = outcomeChange ? await this.outcomes.find(manager, current.outcomeCode) : undefined;
      if (outcomeChange) {
        problems.push(...outcomeProblems(record, oldOutcome, newOutcome, String(outcomeChange.current)));
      }
      if (problems.length > 0) {
        throw unprocessable('amendment.invalid', {}, problems);
      }

      const amendment = await this.interactions.insertAmendment(
        manager,
        { amendmentId: uuidv7(), interactionId, changes, rightPartyContact: newOutcome?.isRightPartyContact ?? null, reason: input.reason, actor: meta.actor },
        newOutcome?.code ?? null,
        meta.requestId,
      );
      const data: InteractionAmendedData = {
        amendmentId: amendment.amendmentId,
        interactionId,
        debtorId: record.debtorId,
        accountIds: record.accountIds,
        changes,
        reason: input.reason,
        amendedAt: amendment.amendedAt.toISOString(),
      };
      const events: PendingEvent[] = [{ type: InteractionEventTypes.amended, data, debtorId: record.debtorId, accountId: record.accountIds[0], subject: interactionId }];
      if (newOutcome?.isDispute && !oldOutcome?.isDispute) {
        events.push(...(await this.openDisputes(manager, record, newOutcome, meta)));
      }
      await this.events.append(manager, meta, events);
    });

    const view = await this.views.get(this.dataSource.manager, interactionId);
    if (!view) {
      throw notFound('interaction.not_found', { interactionId });
    }

    return view;
  }

  private async openDisputes(manager: EntityManager, record: InteractionRecord, outcome: OutcomeCode, meta: RequestMeta): Promise<PendingEvent[]> {
    const events: PendingEvent[] = [];
    for (const accountId of record.accountIds) {
      const opened = await this.disputes.openInTransaction(manager, meta, {
        debtorId: record.debtorId,
        accountId,
        openedAt: record.occurredAt,
        reason: `Resultado ${outcome.code} por enmienda de la interacción ${record.interactionId} / Outcome ${outcome.code} by amendment of interaction ${record.interactionId}`,
        evidence: record.recordingReference,
        interactionId: record.interactionId,
      });
      if (opened) {
        events.push(opened.event);
      }
    }

    return events;
  }
}

function outcomeProblems(record: InteractionRecord, oldOutcome: OutcomeCode | undefined, newOutcome: OutcomeCode | undefined, code: string): FieldProblem[] {
  const field = 'changes.outcomeCode';
  if (newOutcome === undefined) {
    return [{ field, code: 'field.outcome_unknown', params: { code } }];
  }
  if (!newOutcome.active) {
    return [{ field, code: 'field.outcome_inactive', params: { code } }];
  }
  if (!isUsableOn(newOutcome, record.channel)) {
    return [{ field, code: 'field.outcome_not_on_channel', params: { code, channel: record.channel } }];
  }
  if (newOutcome.agreementKind !== null || (oldOutcome?.agreementKind ?? null) !== null) {
    return [{ field, code: 'field.agreement_not_amendable' }];
  }

  return [];
}
