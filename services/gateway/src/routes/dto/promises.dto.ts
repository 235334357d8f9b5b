import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GRACE_DAY_COUNTINGS, PROMISE_STATUSES } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { AgreementPartiesDto } from './agreement-parties.dto';
import { UuidId } from './common.dto';
import { IsAmount, IsBankId, IsBusinessDate } from './validators';

/** Currencies the platform accepts, with two decimals each. */
export const ACCEPTED_CURRENCIES = ['COP', 'USD', 'EUR'] as const;

export class CreatePromiseDto extends AgreementPartiesDto {
  @ApiPropertyOptional({
    description: bilingual('UUID de la promesa; si se envía, repetir la solicitud no crea otra. Se genera si falta.', 'UUID of the promise; when sent, repeating the request creates no second one. Generated when absent.'),
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID('all', { message: 'field.uuid' })
  promiseId?: string;

  @ApiProperty({ description: bilingual('Agente que acordó la promesa.', 'Agent who agreed the promise.'), example: 'ag-17' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agentId!: string;

  @ApiProperty({ description: bilingual('Valor prometido, decimal en texto.', 'Promised amount, as a decimal string.'), example: '150000.00' })
  @IsAmount()
  amount!: string;

  @ApiPropertyOptional({ enum: ACCEPTED_CURRENCIES, description: bilingual('Moneda ISO 4217; COP si falta.', 'ISO 4217 currency; COP when absent.'), example: 'COP' })
  @IsOptional()
  @IsIn(ACCEPTED_CURRENCIES, { message: 'field.currency' })
  currency?: string;

  @ApiProperty({ description: bilingual('Fecha de pago acordada, en Bogotá.', 'Agreed due date, in Bogota.'), example: '2026-03-13', format: 'date' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiPropertyOptional({ description: bilingual('Días de gracia tras el vencimiento; el valor configurado si falta.', 'Grace days after the due date; the configured default when absent.'), type: 'integer', minimum: 0, maximum: 30, example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;

  @ApiPropertyOptional({ description: bilingual('Gestión de la que salió la promesa.', 'Interaction the promise came from.'), format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'field.uuid' })
  interactionId?: string;

  @ApiPropertyOptional({ description: bilingual('Cartera de la obligación, para los indicadores.', 'Portfolio of the account, for the KPIs.'), example: 'consumo-2026' })
  @IsOptional()
  @IsBankId()
  portfolioId?: string;
}

export class CancelDto {
  @ApiProperty({ description: bilingual('Motivo de la cancelación.', 'Why it is cancelled.'), example: 'El deudor pidió un acuerdo de pago.', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class PromiseParamsDto {
  @UuidId('Id de la promesa.', 'Promise id.')
  promiseId!: string;
}

export class ListPromisesQueryDto {
  @ApiPropertyOptional({ description: bilingual('Deudor.', 'Debtor.'), example: 'CC-1020304050' }) @IsOptional() @IsBankId() debtorId?: string;
  @ApiPropertyOptional({ description: bilingual('Obligación.', 'Account.'), example: 'CRED-0042-7781' }) @IsOptional() @IsBankId() accountId?: string;
  @ApiPropertyOptional({ description: bilingual('Agente que acordó la promesa.', 'Agent who agreed the promise.'), example: 'ag-17' }) @IsOptional() @IsString() @MaxLength(100) agentId?: string;
  @ApiPropertyOptional({ description: bilingual('Cartera.', 'Portfolio.'), example: 'consumo-2026' }) @IsOptional() @IsBankId() portfolioId?: string;
  @ApiPropertyOptional({ enum: PROMISE_STATUSES, description: bilingual('Estado.', 'Status.') }) @IsOptional() @IsIn([...PROMISE_STATUSES]) status?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: bilingual('Vencimiento desde (incluido). Con dueTo igual a hoy y status=PENDING da la cola de promesas que vencen hoy.', 'Due on or after. With dueTo set to today and status=PENDING it gives the queue of promises due today.'),
    example: '2026-03-13',
  })
  @IsOptional()
  @IsBusinessDate()
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: bilingual('Vencimiento hasta (incluido).', 'Due on or before.'), example: '2026-03-13' })
  @IsOptional()
  @IsBusinessDate()
  dueTo?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, example: 50, description: bilingual('Tamaño de página, de 1 a 200.', 'Page size, 1 to 200.') })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: bilingual('nextCursor de la página anterior, sin cambios.', 'nextCursor of the previous page, unchanged.') })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

export class AllocationDto {
  @ApiProperty({ description: bilingual('Id del pago en el banco.', "The bank's payment id.") }) paymentId!: string;
  @ApiProperty({ enum: ['PROMISE', 'INSTALLMENT'] }) targetType!: string;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) planId?: string;
  @ApiProperty({ example: '150000.00' }) amount!: string;
  @ApiProperty({ enum: ['ON_TIME', 'LATE'] }) timing!: string;
  @ApiProperty({ format: 'date-time' }) allocatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: bilingual('Reverso que la anuló.', 'Reversal that released it.') }) reversedAt?: string;
}

export class PromiseDto {
  @ApiProperty({ format: 'uuid' }) promiseId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ example: 'CRED-0042-7781' }) accountId!: string;
  @ApiProperty({ example: 'ag-17' }) agentId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) interactionId?: string;
  @ApiPropertyOptional() portfolioId?: string;
  @ApiProperty({ enum: PROMISE_STATUSES }) status!: string;
  @ApiProperty({ example: '150000.00' }) amount!: string;
  @ApiProperty({ description: bilingual('Pagado a tiempo, hasta la fecha límite.', 'Paid in time, up to the deadline date.'), example: '0.00' }) paidAmount!: string;
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
  @ApiProperty({ example: 'agent:ag-17' }) createdBy!: string;
  @ApiProperty({ example: 'agent:ag-17' }) updatedBy!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PromiseDetailDto extends PromiseDto {
  @ApiProperty({ type: [AllocationDto], description: bilingual('Pagos aplicados a la promesa.', 'Payments applied to the promise.') }) allocations!: AllocationDto[];
}

export class PromisePageDto {
  @ApiProperty({ type: [PromiseDto] }) items!: PromiseDto[];
  @ApiPropertyOptional({ description: bilingual('Cursor de la página siguiente; falta en la última.', 'Cursor of the next page; absent on the last one.') }) nextCursor?: string;
}
