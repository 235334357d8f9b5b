import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROMISE_STATUSES, GRACE_DAY_COUNTINGS } from '@bitacora/contracts';
import { decimalOf, percentOf } from '../events/amounts';
import { bilingual } from '../http/api-text';
import type { AllocationRow, PromiseRow } from '../persistence/rows';

export class PromiseView {
  @ApiProperty({ format: 'uuid' }) promiseId!: string;
  @ApiProperty() debtorId!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty() agentId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) interactionId?: string;
  @ApiPropertyOptional() portfolioId?: string;
  @ApiProperty({ enum: PROMISE_STATUSES }) status!: string;
  @ApiProperty({ example: '150000.00' }) amount!: string;
  @ApiProperty({ description: bilingual('Pagado a tiempo (hasta la fecha límite).', 'Paid in time (up to the deadline date).'), example: '0.00' }) paidAmount!: string;
  @ApiProperty({ description: bilingual('Pagado después de incumplida.', 'Paid after it broke.'), example: '0.00' }) paidLateAmount!: string;
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() graceDays!: number;
  @ApiProperty({ enum: GRACE_DAY_COUNTINGS }) graceDayCounting!: string;
  @ApiProperty({ format: 'date', description: bilingual('Último día (Bogotá) en que un pago cuenta a tiempo.', 'Last Bogota date on which a payment counts as in time.') }) deadlineDate!: string;
  @ApiProperty({ description: bilingual('Porcentaje del valor que debe pagarse a tiempo para cumplirla.', 'Percentage of the amount that must be paid in time to keep it.'), example: '100.00' }) keptThresholdPercent!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) resolvedAt?: string;
  @ApiPropertyOptional({ format: 'uuid' }) supersededByPromiseId?: string;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiProperty({ description: bilingual('Quién la creó (tipo:id).', 'Who created it (kind:id).'), example: 'agent:ag-17' }) createdBy!: string;
  @ApiProperty({ description: bilingual('Quién la cambió por última vez.', 'Who changed it last.') }) updatedBy!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AllocationView {
  @ApiProperty() paymentId!: string;
  @ApiProperty({ enum: ['PROMISE', 'INSTALLMENT'] }) targetType!: string;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) planId?: string;
  @ApiProperty({ example: '150000.00' }) amount!: string;
  @ApiProperty({ enum: ['ON_TIME', 'LATE'] }) timing!: string;
  @ApiProperty({ format: 'date-time' }) allocatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: bilingual('Momento del reverso que la anuló.', 'Instant of the reversal that released it.') }) reversedAt?: string;
}

export class PromiseDetailView extends PromiseView {
  @ApiProperty({ type: [AllocationView], description: bilingual('Pagos aplicados a la promesa.', 'Payments applied to the promise.') })
  allocations!: AllocationView[];
}

export class PromisePageView {
  @ApiProperty({ type: [PromiseView] }) items!: PromiseView[];
  @ApiPropertyOptional({ description: bilingual('Cursor de la página siguiente; falta en la última.', 'Cursor of the next page; absent on the last one.') }) nextCursor?: string;
}

export function promiseViewOf(row: PromiseRow): PromiseView {
  const view: PromiseView = {
    promiseId: row.id,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    agentId: row.agent_id,
    status: row.status,
    amount: decimalOf(BigInt(row.amount), row.currency),
    paidAmount: decimalOf(BigInt(row.paid_amount), row.currency),
    paidLateAmount: decimalOf(BigInt(row.paid_late_amount), row.currency),
    currency: row.currency,
    dueDate: row.due_date,
    graceDays: row.grace_days,
    graceDayCounting: row.grace_day_counting,
    deadlineDate: row.deadline_date,
    keptThresholdPercent: percentOf(row.kept_threshold_basis_points),
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
  if (row.interaction_id !== null) view.interactionId = row.interaction_id;
  if (row.portfolio_id !== null) view.portfolioId = row.portfolio_id;
  if (row.resolved_at !== null) view.resolvedAt = row.resolved_at.toISOString();
  if (row.superseded_by_promise_id !== null) view.supersededByPromiseId = row.superseded_by_promise_id;
  if (row.cancellation_reason !== null) view.cancellationReason = row.cancellation_reason;
  return view;
}

export function allocationViewOf(row: AllocationRow, currency: string): AllocationView {
  const view: AllocationView = {
    paymentId: row.payment_id,
    targetType: row.target_type,
    targetId: row.target_id,
    amount: decimalOf(BigInt(row.amount), currency),
    timing: row.timing,
    allocatedAt: row.allocated_at.toISOString(),
  };
  if (row.plan_id !== null) view.planId = row.plan_id;
  if (row.reversed_at !== null) view.reversedAt = row.reversed_at.toISOString();
  return view;
}
