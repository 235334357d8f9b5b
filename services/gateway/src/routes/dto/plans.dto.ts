import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GRACE_DAY_COUNTINGS, INSTALLMENT_STATUSES, PLAN_STATUSES } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { AgreementPartiesDto } from './agreement-parties.dto';
import { UuidId } from './common.dto';
import { ACCEPTED_CURRENCIES } from './promises.dto';
import { IsAmount, IsBankId, IsBusinessDate } from './validators';

const PERCENT = /^[0-9]{1,3}(\.[0-9]{1,2})?$/;

export class ScheduledPaymentDto {
  @ApiProperty({ description: bilingual('Fecha de pago, en Bogotá.', 'Due date, in Bogota.'), example: '2026-04-10', format: 'date' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiProperty({ description: bilingual('Valor, decimal en texto.', 'Amount, as a decimal string.'), example: '250000.00' })
  @IsAmount()
  amount!: string;
}

export class CreatePlanDto extends AgreementPartiesDto {
  @ApiPropertyOptional({
    description: bilingual('UUID del acuerdo; si se envía, repetir la solicitud no crea otro. Se genera si falta.', 'UUID of the plan; when sent, repeating the request creates no second one. Generated when absent.'),
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID('all', { message: 'field.uuid' })
  planId?: string;

  @ApiProperty({ description: bilingual('Agente que acordó el plan.', 'Agent who agreed the plan.'), example: 'ag-17' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agentId!: string;

  @ApiPropertyOptional({ enum: ACCEPTED_CURRENCIES, description: bilingual('Moneda ISO 4217; COP si falta.', 'ISO 4217 currency; COP when absent.'), example: 'COP' })
  @IsOptional()
  @IsIn(ACCEPTED_CURRENCIES, { message: 'field.currency' })
  currency?: string;

  @ApiProperty({ description: bilingual('Valor total: la cuota inicial más todas las cuotas.', 'Total amount: the down payment plus every installment.'), example: '750000.00' })
  @IsAmount()
  totalAmount!: string;

  @ApiPropertyOptional({ type: ScheduledPaymentDto, description: bilingual('Cuota inicial, número 0.', 'Down payment, number 0.') })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduledPaymentDto)
  downPayment?: ScheduledPaymentDto;

  @ApiProperty({ type: [ScheduledPaymentDto], description: bilingual('Cuotas en orden de vencimiento, numeradas desde 1; de 1 a 360.', 'Installments in due-date order, numbered from 1; 1 to 360.') })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(360)
  @ValidateNested({ each: true })
  @Type(() => ScheduledPaymentDto)
  installments!: ScheduledPaymentDto[];

  @ApiPropertyOptional({
    description: bilingual('Tasa efectiva anual en porcentaje, hasta dos decimales; no puede superar la tasa de usura (Código de Comercio, art. 884).', 'Effective annual rate in percent, up to two decimals; may not exceed the usury cap (Código de Comercio, art. 884).'),
    example: '24.50',
  })
  @IsOptional()
  @Matches(PERCENT, { message: 'field.percent' })
  annualInterestRate?: string;

  @ApiPropertyOptional({ description: bilingual('Tipo de crédito cuya tasa de usura aplica; el configurado si falta.', 'Credit type whose usury cap applies; the configured default when absent.'), example: 'CONSUMER_AND_ORDINARY' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  creditType?: string;

  @ApiPropertyOptional({ description: bilingual('Días de gracia de cada cuota; el valor configurado si falta.', 'Grace days of each installment; the configured default when absent.'), type: 'integer', minimum: 0, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;

  @ApiPropertyOptional({ description: bilingual('Gestión de la que salió el acuerdo.', 'Interaction the plan came from.'), format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'field.uuid' })
  interactionId?: string;

  @ApiPropertyOptional({ description: bilingual('Cartera de la obligación.', 'Portfolio of the account.'), example: 'consumo-2026' })
  @IsOptional()
  @IsBankId()
  portfolioId?: string;
}

export class PlanParamsDto {
  @UuidId('Id del acuerdo de pago.', 'Payment plan id.')
  planId!: string;
}

export class ListPlansQueryDto {
  @ApiPropertyOptional({ description: bilingual('Deudor.', 'Debtor.'), example: 'CC-1020304050' }) @IsOptional() @IsBankId() debtorId?: string;
  @ApiPropertyOptional({ description: bilingual('Obligación.', 'Account.'), example: 'CRED-0042-7781' }) @IsOptional() @IsBankId() accountId?: string;
  @ApiPropertyOptional({ description: bilingual('Agente.', 'Agent.'), example: 'ag-17' }) @IsOptional() @IsString() @MaxLength(100) agentId?: string;
  @ApiPropertyOptional({ enum: PLAN_STATUSES, description: bilingual('Estado.', 'Status.') }) @IsOptional() @IsIn([...PLAN_STATUSES]) status?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, example: 20, description: bilingual('Tamaño de página, de 1 a 100.', 'Page size, 1 to 100.') })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: bilingual('nextCursor de la página anterior, sin cambios.', 'nextCursor of the previous page, unchanged.') })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

export class InstallmentDto {
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

export class PlanDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ example: 'CRED-0042-7781' }) accountId!: string;
  @ApiProperty({ example: 'ag-17' }) agentId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) interactionId?: string;
  @ApiPropertyOptional() portfolioId?: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ example: '750000.00' }) totalAmount!: string;
  @ApiPropertyOptional({ description: bilingual('Tasa efectiva anual en porcentaje.', 'Effective annual rate, in percent.'), example: '24.50' }) annualInterestRate?: string;
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
  @ApiProperty({ type: [InstallmentDto] }) installments!: InstallmentDto[];
}

export class PlanPageDto {
  @ApiProperty({ type: [PlanDto] }) items!: PlanDto[];
  @ApiPropertyOptional({ description: bilingual('Cursor de la página siguiente; falta en la última.', 'Cursor of the next page; absent on the last one.') }) nextCursor?: string;
}
