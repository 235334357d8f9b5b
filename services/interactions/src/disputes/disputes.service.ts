import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { DisputeClosedData, DisputeOpenedData, InteractionEventTypes } from '@bitacora/contracts';
import { conflict, notFound, unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ownershipProblems } from '../accounts/account-ownership';
import { AccountsRepository } from '../accounts/accounts.repository';
import { EventWriter, PendingEvent } from '../shared/event-writer';
import { pastInstantOf } from '../shared/instants';
import { RequestMeta } from '../shared/request-meta';
import { CloseDisputeDto, OpenDisputeDto } from './disputes.dto';
import { DisputeRecord, DisputesRepository, NewDispute } from './disputes.repository';

/** Disputes pause collection contact about an account while open; they are closed, never deleted. */
@Injectable()
export class DisputesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly disputes: DisputesRepository,
    private readonly accounts: AccountsRepository,
    private readonly events: EventWriter,
  ) {}

  /** Opens a dispute unless the account has one open; returns the record and its event, or nothing. */
  async openInTransaction(manager: EntityManager, meta: RequestMeta, dispute: Omit<NewDispute, 'disputeId' | 'actor'>): Promise<{ record: DisputeRecord; event: PendingEvent } | undefined> {
    const record = await this.disputes.open(manager, { ...dispute, disputeId: uuidv7(), actor: meta.actor }, meta.requestId);
    if (!record) {
      return undefined;
    }
    const data: DisputeOpenedData = {
      disputeId: record.disputeId,
      debtorId: record.debtorId,
      accountId: record.accountId,
      openedAt: record.openedAt.toISOString(),
      reason: record.reason,
      ...(record.evidence === null ? {} : { evidence: record.evidence }),
      ...(record.interactionId === null ? {} : { interactionId: record.interactionId }),
    };

    return { record, event: { type: InteractionEventTypes.disputeOpened, data, debtorId: record.debtorId, accountId: record.accountId, subject: record.disputeId } };
  }

  async open(debtorId: string, input: OpenDisputeDto, meta: RequestMeta): Promise<DisputeRecord> {
    const openedAt = pastInstantOf(input.openedAt, 'openedAt');

    return this.dataSource.transaction(async (manager) => {
      const problems = ownershipProblems(await this.accounts.debtorsOf(manager, [input.accountId]), [input.accountId], debtorId, () => 'accountId');
      if (problems.length > 0) {
        throw unprocessable('account.other_debtor', { accountId: input.accountId }, problems);
      }
      const opened = await this.openInTransaction(manager, meta, {
        debtorId,
        accountId: input.accountId,
        openedAt,
        reason: input.reason,
        evidence: input.evidence ?? null,
        interactionId: null,
      });
      if (!opened) {
        const current = await this.disputes.findOpen(manager, input.accountId);
        throw conflict('dispute.already_open', { accountId: input.accountId, disputeId: current?.disputeId ?? '' });
      }
      await this.events.append(manager, meta, [opened.event]);

      return opened.record;
    });
  }

  async close(disputeId: string, input: CloseDisputeDto, meta: RequestMeta): Promise<DisputeRecord> {
    const closedAt = pastInstantOf(input.closedAt, 'closedAt');

    return this.dataSource.transaction(async (manager) => {
      const current = await this.disputes.find(manager, disputeId, { forUpdate: true });
      if (!current) {
        throw notFound('dispute.not_found', { disputeId });
      }
      if (current.closedAt !== null) {
        throw conflict('dispute.already_closed', { disputeId, closedAt: current.closedAt.toISOString() });
      }
      if (closedAt < current.openedAt) {
        throw unprocessable('request.end_before_start', {}, [{ field: 'closedAt', code: 'field.before_start', params: { start: current.openedAt.toISOString() } }]);
      }
      const closed = await this.disputes.close(manager, disputeId, { closedAt, resolution: input.resolution, notes: input.notes ?? null, actor: meta.actor }, meta.requestId);
      const data: DisputeClosedData = {
        disputeId,
        debtorId: closed.debtorId,
        accountId: closed.accountId,
        closedAt: closedAt.toISOString(),
        resolution: input.resolution,
        ...(input.notes === undefined ? {} : { notes: input.notes }),
      };
      await this.events.append(manager, meta, [{ type: InteractionEventTypes.disputeClosed, data, debtorId: closed.debtorId, accountId: closed.accountId, subject: disputeId }]);

      return closed;
    });
  }
}
