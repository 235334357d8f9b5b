import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRACE_DAY_COUNTINGS, INSTALLMENT_STATUSES, PLAN_STATUSES } from '@bitacora/contracts';
import { decimalOf, percentOf } from '../events/amounts';
import { bilingual } from '../http/api-text';
import type { InstallmentRow, PlanRow } from '../persistence/rows';

export class InstallmentView {
  @ApiProperty({ format: 'uuid' }) installmentId!: string;
  @ApiProperty({ description: bilingual('0 es la cuota inicial.', '0 is the down payment.') }) number!: number;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'date' }) deadlineDate!: string;
  @ApiProperty({ example: '250000.00' }) amount!: string;
  @ApiProperty({ enum: INSTALLMENT_STATUSES }) status!: string;
  @ApiProperty({ example: '0.00' }) paidAmount!: string;
  @ApiProperty({ example: '0.00' }) paidLateAmount!: string;
  @ApiPropertyOptional({ format: 'date-time' }) resolvedAt?: string;
}

export class PlanView {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() debtorId!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty() agentId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) interactionId?: string;
  @ApiPropertyOptional() portfolioId?: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ example: '750000.00' }) totalAmount!: string;
  @ApiPropertyOptional({ description: bilingual('Tasa efectiva anual en porcentaje.', 'Effective annual rate in percent.'), example: '24.50' }) annualInterestRate?: string;
  @ApiPropertyOptional() creditType?: string;
  @ApiProperty() graceDays!: number;
  @ApiProperty({ enum: GRACE_DAY_COUNTINGS }) graceDayCounting!: string;
  @ApiProperty({ description: bilingual('Cuotas incumplidas que lo vuelven DEFAULTED.', 'Missed installments that make it DEFAULTED.') }) defaultAfterMissedInstallments!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) resolvedAt?: string;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiProperty({ example: 'agent:ag-17' }) createdBy!: string;
  @ApiProperty() updatedBy!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [InstallmentView] }) installments!: InstallmentView[];
}

export class PlanPageView {
  @ApiProperty({ type: [PlanView] }) items!: PlanView[];
  @ApiPropertyOptional() nextCursor?: string;
}

function installmentViewOf(row: InstallmentRow, currency: string): InstallmentView {
  const view: InstallmentView = {
    installmentId: row.id,
    number: row.number,
    dueDate: row.due_date,
    deadlineDate: row.deadline_date,
    amount: decimalOf(BigInt(row.amount), currency),
    status: row.status,
    paidAmount: decimalOf(BigInt(row.paid_amount), currency),
    paidLateAmount: decimalOf(BigInt(row.paid_late_amount), currency),
  };
  if (row.resolved_at !== null) view.resolvedAt = row.resolved_at.toISOString();
  return view;
}

export function planViewOf(row: PlanRow, installments: readonly InstallmentRow[]): PlanView {
  const view: PlanView = {
    planId: row.id,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    agentId: row.agent_id,
    status: row.status,
    currency: row.currency,
    totalAmount: decimalOf(BigInt(row.total_amount), row.currency),
    graceDays: row.grace_days,
    graceDayCounting: row.grace_day_counting,
    defaultAfterMissedInstallments: row.default_after_missed_installments,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
    installments: installments.map((installment) => installmentViewOf(installment, row.currency)),
  };
  if (row.interaction_id !== null) view.interactionId = row.interaction_id;
  if (row.portfolio_id !== null) view.portfolioId = row.portfolio_id;
  if (row.interest_rate_basis_points !== null) view.annualInterestRate = percentOf(row.interest_rate_basis_points);
  if (row.credit_type !== null) view.creditType = row.credit_type;
  if (row.resolved_at !== null) view.resolvedAt = row.resolved_at.toISOString();
  if (row.cancellation_reason !== null) view.cancellationReason = row.cancellation_reason;
  return view;
}
