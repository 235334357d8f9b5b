import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ACCEPTED_CURRENCIES, ApiPatterns, bilingual } from '../http/api-text';

export class ScheduledPaymentRequest {
  @ApiProperty({ description: bilingual('Fecha de pago (America/Bogota).', 'Due date (America/Bogota).'), example: '2026-04-10', format: 'date' })
  @Matches(ApiPatterns.date, { message: 'field.date' })
  dueDate!: string;

  @ApiProperty({ description: bilingual('Valor, decimal en texto.', 'Amount as a decimal string.'), example: '250000.00' })
  @Matches(ApiPatterns.amount, { message: 'field.amount' })
  amount!: string;
}

export class CreatePlanRequest {
  @ApiPropertyOptional({
    description: bilingual(
      'Identificador UUID del acuerdo; si se envía, repetir la solicitud no crea otro. Se genera si falta.',
      'UUID of the plan; when sent, repeating the request creates no second one. Generated when absent.',
    ),
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiProperty({ description: bilingual('Identificador del deudor.', 'Debtor id.'), example: 'CC-1020304050' })
  @Matches(ApiPatterns.bankId)
  debtorId!: string;

  @ApiProperty({ description: bilingual('Obligación (crédito) con el identificador del banco.', 'Account (obligación) with the bank’s id.'), example: 'CRED-0042-7781' })
  @Matches(ApiPatterns.bankId)
  accountId!: string;

  @ApiProperty({ description: bilingual('Agente que acordó el plan.', 'Agent who agreed the plan.'), example: 'ag-17', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agentId!: string;

  @ApiPropertyOptional({ description: bilingual('Moneda ISO 4217; COP si falta.', 'ISO 4217 currency; COP when absent.'), enum: ACCEPTED_CURRENCIES, example: 'COP' })
  @IsOptional()
  @IsIn(ACCEPTED_CURRENCIES, { message: 'field.currency' })
  currency?: string;

  @ApiProperty({
    description: bilingual('Valor total: la cuota inicial más todas las cuotas.', 'Total amount: the down payment plus every installment.'),
    example: '750000.00',
  })
  @Matches(ApiPatterns.amount, { message: 'field.amount' })
  totalAmount!: string;

  @ApiPropertyOptional({ description: bilingual('Cuota inicial, número 0.', 'Down payment, number 0.'), type: ScheduledPaymentRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduledPaymentRequest)
  downPayment?: ScheduledPaymentRequest;

  @ApiProperty({
    description: bilingual('Cuotas en orden de vencimiento, numeradas desde 1.', 'Installments in due-date order, numbered from 1.'),
    type: [ScheduledPaymentRequest],
    minItems: 1,
    maxItems: 360,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(360)
  @ValidateNested({ each: true })
  @Type(() => ScheduledPaymentRequest)
  installments!: ScheduledPaymentRequest[];

  @ApiPropertyOptional({
    description: bilingual(
      'Tasa de interés efectiva anual en porcentaje, con hasta dos decimales; se valida contra la tasa de usura configurada (Código de Comercio, art. 884).',
      'Effective annual interest rate in percent, up to two decimals; checked against the configured usury cap (Código de Comercio, art. 884).',
    ),
    example: '24.50',
  })
  @IsOptional()
  @Matches(ApiPatterns.percent, { message: 'field.percent' })
  annualInterestRate?: string;

  @ApiPropertyOptional({
    description: bilingual('Tipo de crédito cuya tasa de usura aplica; el configurado si falta.', 'Credit type whose usury cap applies; the configured default when absent.'),
    example: 'CONSUMER_AND_ORDINARY',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  creditType?: string;

  @ApiPropertyOptional({
    description: bilingual('Días de gracia de cada cuota; el valor configurado si falta.', 'Grace days of each installment; the configured default when absent.'),
    minimum: 0,
    maximum: 30,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;

  @ApiPropertyOptional({ description: bilingual('Interacción (gestión) de la que salió el acuerdo.', 'Interaction the plan came from.'), format: 'uuid' })
  @IsOptional()
  @IsUUID()
  interactionId?: string;

  @ApiPropertyOptional({ description: bilingual('Cartera a la que pertenece la obligación.', 'Portfolio the account belongs to.'), example: 'consumo-2026' })
  @IsOptional()
  @Matches(ApiPatterns.bankId)
  portfolioId?: string;
}
