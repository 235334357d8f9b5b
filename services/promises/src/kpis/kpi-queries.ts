import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { daysBetween } from '@bitacora/domain';
import { DomainError } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import type { PromiseStatus } from '../domain';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import type { KpiQuery } from './kpi-query.dto';
import { kpisViewOf, type KpiReportView } from './kpi-view';
import { kpisFromAggregates, mergeAggregates, type StatusAggregate } from './kpis-from-aggregates';

/** Maximum number of days one report covers. */
export const MAX_KPI_PERIOD_DAYS = 366;
export const NO_PORTFOLIO = '(sin cartera)';

interface AggregateRow {
  group_key: string;
  currency: string;
  status: PromiseStatus;
  count: number;
  amount: string;
  paid_amount: string;
  paid_late_amount: string;
  paid_late_count: number;
}

/**
 * Promise KPIs of the promises due in a period, overall and per agent or portfolio. The database
 * returns one total per group, currency and status (index promises_by_due_date, or
 * promises_by_agent / promises_by_portfolio when filtered).
 */
@Injectable()
export class KpiQueries {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) options: ResolvedPromisesOptions,
  ) {
    this.schema = options.schema;
  }

  async report(query: KpiQuery): Promise<KpiReportView> {
    checkPeriod(query.from, query.to);
    const groupColumn = groupColumnOf(query.groupBy);
    const values: unknown[] = [query.from, query.to];
    const conditions = ['due_date BETWEEN $1::date AND $2::date'];
    if (query.agentId !== undefined) {
      values.push(query.agentId);
      conditions.push(`agent_id = $${values.length}`);
    }
    if (query.portfolioId !== undefined) {
      values.push(query.portfolioId);
      conditions.push(`portfolio_id = $${values.length}`);
    }

    const rows: AggregateRow[] = await this.dataSource.query(
      `SELECT ${groupColumn} AS group_key, currency, status, count(*)::int AS count, sum(amount)::text AS amount,
              sum(paid_amount)::text AS paid_amount, sum(paid_late_amount)::text AS paid_late_amount,
              (count(*) FILTER (WHERE paid_late_amount > 0))::int AS paid_late_count
       FROM "${this.schema}".promises WHERE ${conditions.join(' AND ')}
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      values,
    );

    const byGroup = new Map<string, StatusAggregate[]>();
    for (const row of rows) {
      byGroup.set(row.group_key, [...(byGroup.get(row.group_key) ?? []), aggregateOf(row)]);
    }
    const report: KpiReportView = {
      from: query.from,
      to: query.to,
      overall: kpisViewOf(kpisFromAggregates(mergeAggregates([...byGroup.values()].flat()))),
      groups: query.groupBy === undefined ? [] : [...byGroup].map(([key, aggregates]) => ({ key, kpis: kpisViewOf(kpisFromAggregates(aggregates)) })),
    };
    if (query.groupBy !== undefined) report.groupBy = query.groupBy;
    return report;
  }
}

function groupColumnOf(groupBy: KpiQuery['groupBy']): string {
  if (groupBy === 'agent') {
    return 'agent_id';
  }
  if (groupBy === 'portfolio') {
    return `coalesce(portfolio_id, '${NO_PORTFOLIO}')`;
  }
  return "''";
}

function aggregateOf(row: AggregateRow): StatusAggregate {
  return {
    currency: row.currency,
    status: row.status,
    count: row.count,
    amount: BigInt(row.amount),
    paidAmount: BigInt(row.paid_amount),
    paidLateAmount: BigInt(row.paid_late_amount),
    paidLateCount: row.paid_late_count,
  };
}

function checkPeriod(from: string, to: string): void {
  let days: number;
  try {
    days = daysBetween(from, to);
  } catch {
    throw new DomainError('request.invalid', 400, {}, [{ field: 'from', code: 'promises.INVALID_DATE' }]);
  }
  if (days < 0) {
    throw new DomainError('request.invalid', 400, {}, [{ field: 'to', code: 'field.date_range' }]);
  }
  if (days >= MAX_KPI_PERIOD_DAYS) {
    throw new DomainError('request.invalid', 400, {}, [{ field: 'to', code: 'field.period_too_long', params: { maxDays: MAX_KPI_PERIOD_DAYS } }]);
  }
}
