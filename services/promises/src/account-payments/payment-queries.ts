import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { decodeCursor, pageOf, type Page } from '../http/cursor';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import { ALLOCATION_COLUMNS, PAYMENT_COLUMNS, type AllocationRow, type PaymentRow } from '../persistence/rows';
import type { ListPaymentsQuery } from './list-payments.query';
import { paymentViewOf, type PaymentView } from './payment-view';

const DEFAULT_LIMIT = 50;

/** Reads an account's payments, newest paid first, each with its allocations (index payments_by_account), optionally paid before an instant. */
@Injectable()
export class PaymentQueries {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) options: ResolvedPromisesOptions,
  ) {
    this.schema = options.schema;
  }

  async listOfAccount(accountId: string, query: ListPaymentsQuery): Promise<Page<PaymentView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const values: unknown[] = [accountId];
    let after = '';
    if (query.cursor !== undefined) {
      const [paidAt, paymentId] = decodeCursor(query.cursor, 2);
      values.push(paidAt, paymentId);
      after = `AND (paid_at, payment_id) < ($${values.length - 1}::timestamptz, $${values.length}::text)`;
    }
    if (query.to !== undefined) {
      values.push(query.to);
      after += ` AND paid_at < $${values.length}::timestamptz`;
    }
    values.push(limit + 1);

    const rows: PaymentRow[] = await this.dataSource.query(
      `SELECT ${PAYMENT_COLUMNS} FROM "${this.schema}".payments WHERE account_id = $1 ${after}
       ORDER BY paid_at DESC, payment_id DESC LIMIT $${values.length}`,
      values,
    );
    const allocations = await this.allocationsOf(rows.slice(0, limit).map((row) => row.payment_id));
    return pageOf(rows, limit, (row) => paymentViewOf(row, allocations.get(row.payment_id) ?? []), (row) => [row.paid_at.toISOString(), row.payment_id]);
  }

  private async allocationsOf(paymentIds: string[]): Promise<Map<string, AllocationRow[]>> {
    const byPayment = new Map<string, AllocationRow[]>();
    if (paymentIds.length === 0) {
      return byPayment;
    }
    const rows: AllocationRow[] = await this.dataSource.query(
      `SELECT ${ALLOCATION_COLUMNS} FROM "${this.schema}".allocations WHERE payment_id = ANY($1::text[]) ORDER BY payment_id, allocated_at, target_id`,
      [paymentIds],
    );
    for (const row of rows) {
      byPayment.set(row.payment_id, [...(byPayment.get(row.payment_id) ?? []), row]);
    }
    return byPayment;
  }
}
