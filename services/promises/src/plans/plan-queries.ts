import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { decodeCursor, pageOf, type Page } from '../http/cursor';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import { INSTALLMENT_COLUMNS, PLAN_COLUMNS, type InstallmentRow, type PlanRow } from '../persistence/rows';
import type { ListPlansQuery } from './list-plans.query';
import { planViewOf, type PlanView } from './plan-view';

const DEFAULT_LIMIT = 20;

/** Reads payment plans with their installments, newest first. */
@Injectable()
export class PlanQueries {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) options: ResolvedPromisesOptions,
  ) {
    this.schema = options.schema;
  }

  async list(query: ListPlansQuery): Promise<Page<PlanView>> {
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
    if (query.status !== undefined) add('status = ?', query.status);
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      values.push(createdAt, id);
      conditions.push(`(created_at, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(limit + 1);

    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT ${PLAN_COLUMNS} FROM "${this.schema}".payment_plans ${where} ORDER BY created_at DESC, id DESC LIMIT $${values.length}`,
      values,
    );
    const installments = await this.installmentsOf(rows.slice(0, limit).map((row) => row.id));
    return pageOf(rows, limit, (row) => planViewOf(row, installments.get(row.id) ?? []), (row) => [row.created_at.toISOString(), row.id]);
  }

  async get(planId: string): Promise<PlanView> {
    const [row]: PlanRow[] = await this.dataSource.query(`SELECT ${PLAN_COLUMNS} FROM "${this.schema}".payment_plans WHERE id = $1`, [planId]);
    if (row === undefined) {
      throw notFound('promises.PLAN_NOT_FOUND', { id: planId });
    }
    const installments = await this.installmentsOf([planId]);
    return planViewOf(row, installments.get(planId) ?? []);
  }

  private async installmentsOf(planIds: string[]): Promise<Map<string, InstallmentRow[]>> {
    const byPlan = new Map<string, InstallmentRow[]>();
    if (planIds.length === 0) {
      return byPlan;
    }
    const rows: InstallmentRow[] = await this.dataSource.query(
      `SELECT ${INSTALLMENT_COLUMNS} FROM "${this.schema}".installments WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, number`,
      [planIds],
    );
    for (const row of rows) {
      byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row]);
    }
    return byPlan;
  }
}
