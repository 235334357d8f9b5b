import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { pageOf, type Page } from '../http/cursor';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import { ListFilter } from '../persistence/list-filter';
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
    const filter = new ListFilter()
      .where('debtor_id = ?', query.debtorId)
      .where('account_id = ?', query.accountId)
      .where('agent_id = ?', query.agentId)
      .where('status = ?', query.status)
      .after(query.cursor, 'created_at', 'timestamptz', '<');
    const { where, limitParameter } = filter.finish(limit + 1);

    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT ${PLAN_COLUMNS} FROM "${this.schema}".payment_plans ${where} ORDER BY created_at DESC, id DESC LIMIT ${limitParameter}`,
      filter.values,
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
