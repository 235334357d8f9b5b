import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAYMENT_CHANNELS } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { AllocationDto } from './promises.dto';
import { IsBankId, IsBusinessDate } from './validators';

export class ListPaymentsQueryDto {
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

export class PaymentDto {
  @ApiProperty({ description: bilingual('Id del pago en el banco.', "The bank's payment id."), example: 'PAY-2026-000991' }) paymentId!: string;
  @ApiProperty({ example: 'CRED-0042-7781' }) accountId!: string;
  @ApiPropertyOptional({ example: 'CC-1020304050' }) debtorId?: string;
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
  @ApiProperty({ description: bilingual('Parte que no tomó ninguna promesa ni cuota abierta.', 'Part no open promise or installment took.'), example: '0.00' }) unallocatedAmount!: string;
  @ApiPropertyOptional({ format: 'date-time' }) reversedAt?: string;
  @ApiPropertyOptional() reversalReason?: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: [AllocationDto], description: bilingual('Aplicaciones del pago a promesas y cuotas.', 'Allocations of the payment to promises and installments.') }) allocations!: AllocationDto[];
}

export class PaymentPageDto {
  @ApiProperty({ type: [PaymentDto] }) items!: PaymentDto[];
  @ApiPropertyOptional({ description: bilingual('Cursor de la página siguiente; falta en la última.', 'Cursor of the next page; absent on the last one.') }) nextCursor?: string;
}

export const KPI_GROUPINGS = ['agent', 'portfolio'] as const;

export class KpiQueryDto {
  @ApiProperty({ format: 'date', description: bilingual('Primer día del periodo (vencimiento, Bogotá).', 'First day of the period (due date, Bogota).'), example: '2026-03-01' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ format: 'date', description: bilingual('Último día del periodo, incluido.', 'Last day of the period, included.'), example: '2026-03-31' })
  @IsBusinessDate()
  to!: string;

  @ApiPropertyOptional({ enum: KPI_GROUPINGS, description: bilingual('Agrupar también por agente o por cartera.', 'Also group by agent or by portfolio.') })
  @IsOptional()
  @IsIn(KPI_GROUPINGS)
  groupBy?: (typeof KPI_GROUPINGS)[number];

  @ApiPropertyOptional({ description: bilingual('Solo las promesas de este agente.', "Only this agent's promises."), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agentId?: string;

  @ApiPropertyOptional({ description: bilingual('Solo las promesas de esta cartera.', "Only this portfolio's promises."), example: 'consumo-2026' })
  @IsOptional()
  @IsBankId()
  portfolioId?: string;
}

export class RateDto {
  @ApiProperty({ example: '42' }) numerator!: string;
  @ApiProperty({ example: '60' }) denominator!: string;
  @ApiPropertyOptional({ description: bilingual('Porcentaje con dos decimales; falta si el denominador es 0.', 'Percentage with two decimals; absent when the denominator is 0.'), example: '70.00' }) percent?: string;
}

export class AmountKpisDto {
  @ApiProperty({ example: 'COP' }) currency!: string;
  @ApiProperty({ description: bilingual('Valor prometido, sin canceladas ni reemplazadas.', 'Promised amount, cancelled and superseded left out.') }) promisedAmount!: string;
  @ApiProperty() resolvedPromisedAmount!: string;
  @ApiProperty() keptPromisedAmount!: string;
  @ApiProperty({ type: RateDto, description: bilingual('Tasa de cumplimiento por valor.', 'Promise-kept rate by amount.') }) keptRateByAmount!: RateDto;
  @ApiProperty({ description: bilingual('Recaudo contra promesas: a tiempo más tarde.', 'Collected against promises: in time plus late.') }) collectedAmount!: string;
  @ApiProperty() collectedOnTimeAmount!: string;
  @ApiProperty() collectedLateAmount!: string;
  @ApiProperty({ type: RateDto }) collectedRate!: RateDto;
  @ApiProperty({ type: RateDto }) paidLateShareByAmount!: RateDto;
}

export class KpisDto {
  @ApiProperty() promiseCount!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { PENDING: 3, KEPT: 42, BROKEN: 18, CANCELLED: 1, SUPERSEDED: 2 } }) countsByStatus!: Record<string, number>;
  @ApiProperty({ type: RateDto, description: bilingual('Cumplidas sobre cumplidas más incumplidas.', 'Kept over kept plus broken.') }) keptRateByCount!: RateDto;
  @ApiProperty({ type: RateDto, description: bilingual('Incumplidas sobre cumplidas más incumplidas.', 'Broken over kept plus broken.') }) brokenRateByCount!: RateDto;
  @ApiProperty({ type: RateDto }) paidLateShareByCount!: RateDto;
  @ApiProperty({ type: [AmountKpisDto] }) amountsByCurrency!: AmountKpisDto[];
}

export class KpiGroupDto {
  @ApiProperty({ description: bilingual('Agente o cartera.', 'Agent or portfolio.') }) key!: string;
  @ApiProperty({ type: KpisDto }) kpis!: KpisDto;
}

export class KpiReportDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiPropertyOptional({ enum: KPI_GROUPINGS }) groupBy?: string;
  @ApiProperty({ type: KpisDto }) overall!: KpisDto;
  @ApiProperty({ type: [KpiGroupDto] }) groups!: KpiGroupDto[];
}
