import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { bilingual, IsBankId, IsBusinessDate } from '../shared/validators';

export const AMOUNT_PATTERN = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,4})?$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const RATE_PATTERN = /^[0-9]{1,3}(\.[0-9]{1,4})?$/;

export class PromiseTermsDto {
  @ApiProperty({ description: bilingual('Obligación de la promesa; debe estar en accountIds', 'Account of the promise; must be in accountIds'), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;

  @ApiProperty({ description: bilingual('Valor prometido, decimal en texto', 'Promised amount, decimal string'), example: '150000.00' })
  @Matches(AMOUNT_PATTERN, { message: 'field.amount' })
  amount!: string;

  @ApiProperty({ description: bilingual('Moneda ISO 4217', 'ISO 4217 currency'), example: 'COP' })
  @Matches(CURRENCY_PATTERN, { message: 'field.currency' })
  currency!: string;

  @ApiProperty({ description: bilingual('Fecha de pago en Bogotá', 'Due date in Bogota'), example: '2026-03-13' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiPropertyOptional({ description: bilingual('Días de gracia, 0 a 30', 'Grace days, 0 to 30'), example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;
}

export class DownPaymentDto {
  @ApiProperty({ example: '50000.00' })
  @Matches(AMOUNT_PATTERN, { message: 'field.amount' })
  amount!: string;

  @ApiProperty({ example: '2026-03-13' })
  @IsBusinessDate()
  dueDate!: string;
}

export class InstallmentDto {
  @ApiProperty({ description: bilingual('Número de cuota, desde 1', 'Installment number, from 1'), example: 1 })
  @IsInt()
  @Min(1)
  number!: number;

  @ApiProperty({ example: '2026-04-13' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiProperty({ example: '100000.00' })
  @Matches(AMOUNT_PATTERN, { message: 'field.amount' })
  amount!: string;
}

export class PaymentPlanTermsDto {
  @ApiProperty({ description: bilingual('Obligación del acuerdo; debe estar en accountIds', 'Account of the plan; must be in accountIds') })
  @IsBankId()
  accountId!: string;

  @ApiProperty({ example: 'COP' })
  @Matches(CURRENCY_PATTERN, { message: 'field.currency' })
  currency!: string;

  @ApiProperty({ description: bilingual('Total del acuerdo: cuota inicial más cuotas', 'Plan total: down payment plus installments'), example: '350000.00' })
  @Matches(AMOUNT_PATTERN, { message: 'field.amount' })
  totalAmount!: string;

  @ApiPropertyOptional({ type: DownPaymentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DownPaymentDto)
  downPayment?: DownPaymentDto;

  @ApiPropertyOptional({ description: bilingual('Tasa efectiva anual en porcentaje', 'Effective annual rate, percent'), example: '24.5' })
  @IsOptional()
  @Matches(RATE_PATTERN, { message: 'field.rate' })
  annualInterestRate?: string;

  @ApiProperty({ type: [InstallmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(360)
  @ValidateNested({ each: true })
  @Type(() => InstallmentDto)
  installments!: InstallmentDto[];
}
