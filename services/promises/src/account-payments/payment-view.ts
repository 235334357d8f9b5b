import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_CHANNELS } from '@bitacora/contracts';
import { decimalOf } from '../events/amounts';
import { bilingual } from '../http/api-text';
import type { AllocationRow, PaymentRow } from '../persistence/rows';
import { AllocationView, allocationViewOf } from '../promises/promise-view';

export class PaymentView {
  @ApiProperty({ description: bilingual('Identificador del pago en el banco.', 'The bank’s payment id.') }) paymentId!: string;
  @ApiProperty() accountId!: string;
  @ApiPropertyOptional() debtorId?: string;
  @ApiProperty({ example: '150000.00' }) amount!: string;
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ format: 'date-time' }) paidAt!: string;
  @ApiProperty({ format: 'date', description: bilingual('Fecha de Bogotá del pago, con la que se juzgan las promesas.', 'Bogota date of the payment, by which promises are judged.') }) paidDate!: string;
  @ApiProperty({ format: 'date' }) valueDate!: string;
  @ApiProperty({ enum: PAYMENT_CHANNELS }) channel!: string;
  @ApiPropertyOptional() branch?: string;
  @ApiPropertyOptional() correspondentAgent?: string;
  @ApiPropertyOptional() bankReference?: string;
  @ApiProperty({ enum: ['APPLIED', 'REVERSED'] }) status!: string;
  @ApiProperty({ description: bilingual('Parte que no tomó ninguna promesa ni cuota abierta.', 'Part no open promise or installment took.') }) unallocatedAmount!: string;
  @ApiPropertyOptional({ format: 'date-time' }) reversedAt?: string;
  @ApiPropertyOptional() reversalReason?: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: [AllocationView] }) allocations!: AllocationView[];
}

export class PaymentPageView {
  @ApiProperty({ type: [PaymentView] }) items!: PaymentView[];
  @ApiPropertyOptional() nextCursor?: string;
}

export function paymentViewOf(row: PaymentRow, allocations: readonly AllocationRow[]): PaymentView {
  const view: PaymentView = {
    paymentId: row.payment_id,
    accountId: row.account_id,
    amount: decimalOf(BigInt(row.amount), row.currency),
    currency: row.currency,
    paidAt: row.paid_at.toISOString(),
    paidDate: row.paid_date,
    valueDate: row.value_date,
    channel: row.channel,
    status: row.status,
    unallocatedAmount: decimalOf(BigInt(row.unallocated_amount), row.currency),
    receivedAt: row.received_at.toISOString(),
    allocations: allocations.map((allocation) => allocationViewOf(allocation, row.currency)),
  };
  if (row.debtor_id !== null) view.debtorId = row.debtor_id;
  if (row.branch !== null) view.branch = row.branch;
  if (row.correspondent_agent !== null) view.correspondentAgent = row.correspondent_agent;
  if (row.bank_reference !== null) view.bankReference = row.bank_reference;
  if (row.reversed_at !== null) view.reversedAt = row.reversed_at.toISOString();
  if (row.reversal_reason !== null) view.reversalReason = row.reversal_reason;
  return view;
}
