import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { pageOf, type Page } from '../http/cursor';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import { ListFilter } from '../persistence/list-filter';
import { ALLOCATION_COLUMNS, PROMISE_COLUMNS, type AllocationRow, type PromiseRow } from '../persistence/rows';
import type { ListPromisesQuery } from './list-promises.query';
import { allocationViewOf, promiseViewOf, type PromiseDetailView, type PromiseView } from './promise-view';

const DEFAULT_LIMIT = 50;

/** Reads promises for the gateway: filtered lists in due-date order, and one promise with its allocations. */
@Injectable()
export class PromiseQueries {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) options: ResolvedPromisesOptions,
  ) {
    this.schema = options.schema;
  }

  /** Lists promises by due date, then id; each filter is served by an index that starts with it and ends in (due_date, id). */
  async list(query: ListPromisesQuery): Promise<Page<PromiseView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter = new ListFilter()
      .where('debtor_id = ?', query.debtorId)
      .where('account_id = ?', query.accountId)
      .where('agent_id = ?', query.agentId)
      .where('portfolio_id = ?', query.portfolioId)
      .where('status = ?', query.status)
      .where('due_date >= ?::date', query.dueFrom)
      .where('due_date <= ?::date', query.dueTo)
      .after(query.cursor, 'due_date', 'date', '>');
    const { where, limitParameter } = filter.finish(limit + 1);

    const rows: PromiseRow[] = await this.dataSource.query(
      `SELECT ${PROMISE_COLUMNS} FROM "${this.schema}".promises ${where} ORDER BY due_date, id LIMIT ${limitParameter}`,
      filter.values,
    );
    return pageOf(rows, limit, promiseViewOf, (row) => [row.due_date, row.id]);
  }

  async get(promiseId: string): Promise<PromiseDetailView> {
    const [row]: PromiseRow[] = await this.dataSource.query(`SELECT ${PROMISE_COLUMNS} FROM "${this.schema}".promises WHERE id = $1`, [promiseId]);
    if (row === undefined) {
      throw notFound('promises.PROMISE_NOT_FOUND', { id: promiseId });
    }
    const allocations: AllocationRow[] = await this.dataSource.query(
      `SELECT ${ALLOCATION_COLUMNS} FROM "${this.schema}".allocations WHERE target_id = $1 AND target_type = 'PROMISE' ORDER BY allocated_at, payment_id`,
      [promiseId],
    );
    return { ...promiseViewOf(row), allocations: allocations.map((allocation) => allocationViewOf(allocation, row.currency)) };
  }
}
