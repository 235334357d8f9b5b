import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { AccountAssignedData, InteractionEventTypes, NextActionScheduledData, NextActionTerms } from '@bitacora/contracts';
import { unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { EventWriter, PendingEvent } from '../shared/event-writer';
import { RequestMeta } from '../shared/request-meta';
import { ownershipProblems } from './account-ownership';
import { AccountsRepository } from './accounts.repository';
import { AssignAccountDto, ScheduleNextActionDto } from './accounts.dto';
import { AssignmentRecord, AssignmentsRepository } from './assignments.repository';
import { NextActionRecord, NextActionsRepository } from './next-actions.repository';

export interface NextActionRequest {
  accountId: string;
  debtorId: string;
  interactionId: string | null;
  terms: NextActionTerms;
}

/** Who is in charge of an account and what happens to it next; every change is kept as history. */
@Injectable()
export class FollowUpService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly nextActions: NextActionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly events: EventWriter,
  ) {}

  /** Stores a next action and makes it the account's current one; returns the event to publish with it. */
  async scheduleInTransaction(manager: EntityManager, meta: RequestMeta, request: NextActionRequest): Promise<{ record: NextActionRecord; event: PendingEvent }> {
    const { terms } = request;
    const record = await this.nextActions.insert(
      manager,
      {
        nextActionId: uuidv7(),
        accountId: request.accountId,
        debtorId: request.debtorId,
        interactionId: request.interactionId,
        dueAt: new Date(terms.dueAt),
        action: terms.action,
        assigneeId: terms.assigneeId ?? null,
        notes: terms.notes ?? null,
        actor: meta.actor,
      },
      meta.requestId,
    );
    await this.accounts.setNextAction(manager, record.accountId, record.debtorId, record.nextActionId, record.dueAt);

    return { record, event: { type: InteractionEventTypes.nextActionScheduled, data: nextActionEventData(record), debtorId: record.debtorId, accountId: record.accountId, subject: record.nextActionId } };
  }

  async schedule(accountId: string, input: ScheduleNextActionDto, meta: RequestMeta): Promise<NextActionRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertOwner(manager, accountId, input.debtorId);
      const terms: NextActionTerms = { dueAt: input.dueAt, action: input.action, assigneeId: input.assigneeId, notes: input.notes };
      const { record, event } = await this.scheduleInTransaction(manager, meta, { accountId, debtorId: input.debtorId, interactionId: null, terms });
      await this.events.append(manager, meta, [event]);

      return record;
    });
  }

  async assign(accountId: string, input: AssignAccountDto, meta: RequestMeta): Promise<AssignmentRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertOwner(manager, accountId, input.debtorId);
      const record = await this.assignments.insert(
        manager,
        {
          assignmentId: uuidv7(),
          accountId,
          debtorId: input.debtorId,
          portfolioId: input.portfolioId,
          assignee: { kind: input.assignee.kind, id: input.assignee.id },
          effectiveAt: input.effectiveAt === undefined ? new Date() : new Date(input.effectiveAt),
          reason: input.reason ?? null,
          actor: meta.actor,
        },
        meta.requestId,
      );
      await this.accounts.setAssignment(manager, record);
      const data: AccountAssignedData = {
        assignmentId: record.assignmentId,
        accountId,
        debtorId: record.debtorId,
        portfolioId: record.portfolioId,
        assignee: record.assignee,
        effectiveAt: record.effectiveAt.toISOString(),
        ...(record.reason === null ? {} : { reason: record.reason }),
      };
      await this.events.append(manager, meta, [{ type: InteractionEventTypes.accountAssigned, data, debtorId: record.debtorId, accountId, subject: record.assignmentId }]);

      return record;
    });
  }

  private async assertOwner(manager: EntityManager, accountId: string, debtorId: string): Promise<void> {
    const problems = ownershipProblems(await this.accounts.debtorsOf(manager, [accountId]), [accountId], debtorId, () => 'debtorId');
    if (problems.length > 0) {
      throw unprocessable('account.other_debtor', { accountId }, problems);
    }
  }
}

function nextActionEventData(record: NextActionRecord): NextActionScheduledData {
  return {
    nextActionId: record.nextActionId,
    accountId: record.accountId,
    debtorId: record.debtorId,
    dueAt: record.dueAt.toISOString(),
    action: record.action,
    scheduledAt: record.scheduledAt.toISOString(),
    ...(record.assigneeId === null ? {} : { assigneeId: record.assigneeId }),
    ...(record.notes === null ? {} : { notes: record.notes }),
    ...(record.interactionId === null ? {} : { interactionId: record.interactionId }),
  };
}
