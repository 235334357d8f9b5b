import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { decodeCursor, pageOf, type Page } from '../http/cursor';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
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
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (condition: string, value: unknown) => {
      values.push(value);
      conditions.push(condition.replace('?', `$${values.length}`));
    };

    if (query.debtorId !== undefined) add('debtor_id = ?', query.debtorId);
    if (query.accountId !== undefined) add('account_id = ?', query.accountId);
    if (query.agentId !== undefined) add('agent_id = ?', query.agentId);
    if (query.portfolioId !== undefined) add('portfolio_id = ?', query.portfolioId);
    if (query.status !== undefined) add('status = ?', query.status);
    if (query.dueFrom !== undefined) add('due_date >= ?::date', query.dueFrom);
    if (query.dueTo !== undefined) add('due_date <= ?::date', query.dueTo);
    if (query.cursor !== undefined) {
      const [dueDate, id] = decodeCursor(query.cursor, 2);
      values.push(dueDate, id);
      conditions.push(`(due_date, id) > ($${values.length - 1}::date, $${values.length}::uuid)`);
    }
    values.push(limit + 1);

    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const rows: PromiseRow[] = await this.dataSource.query(
      `SELECT ${PROMISE_COLUMNS} FROM "${this.schema}".promises ${where} ORDER BY due_date, id LIMIT $${values.length}`,
      values,
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
