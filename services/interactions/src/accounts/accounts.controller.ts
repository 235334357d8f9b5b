import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { decodeTimeCursor, Page, pageOf } from '../shared/cursor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/page-query';
import { BankIdPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { BANK_ID } from '../shared/validators';
import { AccountState, toAccountState } from './account-state';
import { AccountsRepository } from './accounts.repository';
import { AssignAccountDto, ScheduleNextActionDto, WithoutNextActionQuery } from './accounts.dto';
import { AssignmentRecord, AssignmentsRepository } from './assignments.repository';
import { FollowUpService } from './follow-up.service';
import { NextActionRecord, NextActionsRepository } from './next-actions.repository';

const accountIdPipe = new BankIdPipe('accountId');

/** Responsibility for accounts (agent or team, portfolio) and their next actions. */
@ApiTags('accounts')
@Controller('v1/accounts')
export class AccountsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly nextActions: NextActionsRepository,
    private readonly followUp: FollowUpService,
  ) {}

  @Get('without-next-action')
  @ApiOperation({
    summary: 'Obligaciones sin próxima acción o con la próxima acción vencida — Accounts with no next action or an overdue one',
    description: 'Primero las nunca agendadas, luego las más vencidas. — Never scheduled first, then the longest overdue.',
  })
  async withoutNextAction(@Query() query: WithoutNextActionQuery): Promise<Page<AccountState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor === undefined ? undefined : decodeTimeCursor(query.cursor, BANK_ID);
    const rows = await this.accounts.listWithoutNextAction(this.dataSource.manager, {
      asOf: query.asOf === undefined ? new Date() : new Date(query.asOf),
      portfolioId: query.portfolioId,
      assigneeId: query.assigneeId,
      after,
      limit,
    });

    return pageOf(rows, limit, toAccountState, (row) => [row.sort_due ?? '-infinity', row.account_id]);
  }

  @Get(':accountId')
  @ApiOperation({ summary: 'Estado actual de la obligación — Current state of the account' })
  async find(@Param('accountId', accountIdPipe) accountId: string): Promise<AccountState> {
    const state = await this.accounts.find(this.dataSource.manager, accountId);
    if (!state) {
      throw notFound('account.not_found', { accountId });
    }

    return state;
  }

  @Post(':accountId/assignments')
  @ApiOperation({ summary: 'Asignar la obligación a un agente o equipo — Assign the account to an agent or team' })
  @ApiHeader(ACTOR_HEADER_DOC)
  assign(@Param('accountId', accountIdPipe) accountId: string, @Body() body: AssignAccountDto, @Meta() meta: RequestMeta): Promise<AssignmentRecord> {
    return this.followUp.assign(accountId, body, meta);
  }

  @Get(':accountId/assignments')
  @ApiOperation({ summary: 'Historial de asignaciones — Assignment history' })
  async assignmentHistory(@Param('accountId', accountIdPipe) accountId: string): Promise<{ items: AssignmentRecord[] }> {
    return { items: await this.assignments.history(this.dataSource.manager, accountId, MAX_PAGE_SIZE) };
  }

  @Post(':accountId/next-actions')
  @ApiOperation({ summary: 'Agendar la próxima acción — Schedule the next action' })
  @ApiHeader(ACTOR_HEADER_DOC)
  schedule(@Param('accountId', accountIdPipe) accountId: string, @Body() body: ScheduleNextActionDto, @Meta() meta: RequestMeta): Promise<NextActionRecord> {
    return this.followUp.schedule(accountId, body, meta);
  }

  @Get(':accountId/next-actions')
  @ApiOperation({ summary: 'Historial de próximas acciones; la primera es la vigente — Next-action history; the first is current' })
  async nextActionHistory(@Param('accountId', accountIdPipe) accountId: string): Promise<{ items: NextActionRecord[] }> {
    return { items: await this.nextActions.history(this.dataSource.manager, accountId, MAX_PAGE_SIZE) };
  }
}
