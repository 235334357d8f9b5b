import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ACCEPTED_CURRENCIES, ApiPatterns, bilingual } from '../http/api-text';

export class CreatePromiseRequest {
  @ApiPropertyOptional({
    description: bilingual(
      'Identificador UUID de la promesa; si se envía, repetir la solicitud no crea otra. Se genera si falta.',
      'UUID of the promise; when sent, repeating the request creates no second one. Generated when absent.',
    ),
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  promiseId?: string;

  @ApiProperty({ description: bilingual('Identificador del deudor.', 'Debtor id.'), example: 'CC-1020304050' })
  @Matches(ApiPatterns.bankId)
  debtorId!: string;

  @ApiProperty({ description: bilingual('Obligación (crédito) con el identificador del banco.', 'Account (obligación) with the bank’s id.'), example: 'CRED-0042-7781' })
  @Matches(ApiPatterns.bankId)
  accountId!: string;

  @ApiProperty({ description: bilingual('Agente que acordó la promesa.', 'Agent who agreed the promise.'), example: 'ag-17', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agentId!: string;

  @ApiProperty({ description: bilingual('Valor prometido, decimal en texto.', 'Promised amount as a decimal string.'), example: '150000.00' })
  @Matches(ApiPatterns.amount, { message: 'field.amount' })
  amount!: string;

  @ApiPropertyOptional({ description: bilingual('Moneda ISO 4217; COP si falta.', 'ISO 4217 currency; COP when absent.'), enum: ACCEPTED_CURRENCIES, example: 'COP' })
  @IsOptional()
  @IsIn(ACCEPTED_CURRENCIES, { message: 'field.currency' })
  currency?: string;

  @ApiProperty({ description: bilingual('Fecha de pago acordada (America/Bogota).', 'Agreed due date (America/Bogota).'), example: '2026-03-13', format: 'date' })
  @Matches(ApiPatterns.date, { message: 'field.date' })
  dueDate!: string;

  @ApiPropertyOptional({
    description: bilingual('Días de gracia después del vencimiento; el valor configurado si falta.', 'Grace days after the due date; the configured default when absent.'),
    minimum: 0,
    maximum: 30,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;

  @ApiPropertyOptional({ description: bilingual('Interacción (gestión) de la que salió la promesa.', 'Interaction the promise came from.'), format: 'uuid' })
  @IsOptional()
  @IsUUID()
  interactionId?: string;

  @ApiPropertyOptional({ description: bilingual('Cartera a la que pertenece la obligación, para los indicadores.', 'Portfolio the account belongs to, for the KPIs.'), example: 'consumo-2026' })
  @IsOptional()
  @Matches(ApiPatterns.bankId)
  portfolioId?: string;
}
