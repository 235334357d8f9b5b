import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { decodeTimeCursor, encodeCursor, Page, pageOf } from '../shared/cursor';
import { DEFAULT_PAGE_SIZE } from '../shared/page-query';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { InteractionFilter, InteractionQueriesRepository } from './interaction-queries.repository';
import { amendmentView, DebtorAmendmentView, InteractionView } from './interaction-view';
import { InteractionViews } from './interaction-views.service';
import { ListAmendmentsQuery, ListInteractionsQuery } from './list-interactions.dto';
import { StoredInteraction } from '../recording/interactions.repository';

function filterOf(query: ListInteractionsQuery): InteractionFilter {
  return {
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    channel: query.channel,
    outcome: query.outcome,
    agentId: query.agentId,
    after: query.cursor === undefined ? undefined : decodeTimeCursor(query.cursor),
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
  };
}

@ApiTags('interactions')
@Controller('v1')
export class InteractionsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly queries: InteractionQueriesRepository,
    private readonly views: InteractionViews,
  ) {}

  @Get('interactions/:interactionId')
  @ApiOperation({ summary: 'Una gestión con sus enmiendas — One interaction with its amendments' })
  async get(@Param('interactionId', new UuidPipe('interactionId')) interactionId: string): Promise<InteractionView> {
    const view = await this.views.get(this.dataSource.manager, interactionId);
    if (!view) {
      throw notFound('interaction.not_found', { interactionId });
    }

    return view;
  }

  @Get('debtors/:debtorId/interactions')
  @ApiOperation({ summary: 'Gestiones de un deudor, más recientes primero — A debtor’s interactions, newest first' })
  async byDebtor(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListInteractionsQuery): Promise<Page<InteractionView>> {
    const filter = filterOf(query);

    return this.page(await this.queries.byDebtor(this.dataSource.manager, debtorId, filter), filter.limit);
  }

  @Get('debtors/:debtorId/amendments')
  @ApiOperation({ summary: 'Enmiendas de las gestiones de un deudor, más recientes primero — Amendments of a debtor’s interactions, newest first' })
  async amendmentsByDebtor(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListAmendmentsQuery): Promise<Page<DebtorAmendmentView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.queries.amendmentsByDebtor(this.dataSource.manager, debtorId, {
      to: query.to === undefined ? undefined : new Date(query.to),
      after: query.cursor === undefined ? undefined : decodeTimeCursor(query.cursor),
      limit,
    });

    return pageOf(rows, limit, (row) => ({ ...amendmentView(row.amendment), interactionId: row.amendment.interactionId }), (row) => [row.sortInstant, row.amendment.amendmentId]);
  }

  @Get('debtors/:debtorId/accounts')
  @ApiOperation({ summary: 'Obligaciones de un deudor — A debtor’s accounts' })
  async accountsOfDebtor(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string): Promise<{ accountIds: string[] }> {
    return { accountIds: await this.queries.accountIdsOfDebtor(this.dataSource.manager, debtorId) };
  }

  @Get('accounts/:accountId/interactions')
  @ApiOperation({ summary: 'Gestiones de una obligación, más recientes primero — An account’s interactions, newest first' })
  async byAccount(@Param('accountId', new BankIdPipe('accountId')) accountId: string, @Query() query: ListInteractionsQuery): Promise<Page<InteractionView>> {
    const filter = filterOf(query);

    return this.page(await this.queries.byAccount(this.dataSource.manager, accountId, filter), filter.limit);
  }

  private async page(rows: StoredInteraction[], limit: number): Promise<Page<InteractionView>> {
    const hasMore = rows.length > limit;
    const pageRows = hasMore ? rows.slice(0, limit) : rows;
    const last = pageRows[pageRows.length - 1];
    const items = await this.views.build(this.dataSource.manager, pageRows);

    return { items, nextCursor: hasMore && last ? encodeCursor([last.record.occurredAt.toISOString(), last.record.interactionId]) : null };
  }
}
