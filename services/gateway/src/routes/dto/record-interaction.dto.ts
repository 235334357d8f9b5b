import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, Direction, DIRECTIONS, PARTY_ROLES, PartyRole, Purpose, PURPOSES } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { IsAmount, IsBankId, IsBusinessDate, IsCurrency, IsInstant, IsUpperCode } from './validators';

const RATE = /^[0-9]{1,3}(\.[0-9]{1,4})?$/;

export class ContactedPartyDto {
  @ApiProperty({ description: bilingual('Id de la persona contactada.', 'Id of the contacted person.'), example: 'CC-1020304050' })
  @IsBankId()
  id!: string;

  @ApiProperty({ description: bilingual('Rol de la persona frente a la deuda.', "The person's role in the debt."), enum: PARTY_ROLES, example: 'debtor' })
  @IsIn([...PARTY_ROLES])
  role!: PartyRole;
}

export class NextActionDto {
  @ApiProperty({ description: bilingual('Cuándo, con zona horaria.', 'When, with its time zone.'), example: '2026-03-16T09:00:00-05:00' })
  @IsInstant()
  dueAt!: string;

  @ApiProperty({ description: bilingual('Qué hacer: código en mayúsculas.', 'What to do: upper-case code.'), example: 'CHECK_PROMISE' })
  @IsUpperCode()
  action!: string;

  @ApiPropertyOptional({ description: bilingual('Agente o equipo responsable.', 'Agent or team in charge.'), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  assigneeId?: string;

  @ApiPropertyOptional({ description: bilingual('Indicaciones.', 'Instructions.'), example: 'Confirmar el pago del viernes.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

export class PromiseTermsDto {
  @ApiProperty({ description: bilingual('Obligación de la promesa; debe estar en accountIds.', 'Account of the promise; must be in accountIds.'), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;

  @ApiProperty({ description: bilingual('Valor prometido, decimal en texto.', 'Promised amount, as a decimal string.'), example: '150000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({ description: bilingual('Moneda ISO 4217.', 'ISO 4217 currency.'), example: 'COP' })
  @IsCurrency()
  currency!: string;

  @ApiProperty({ description: bilingual('Fecha de pago en Bogotá.', 'Due date in Bogota.'), example: '2026-03-13', format: 'date' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiPropertyOptional({ description: bilingual('Días de gracia, de 0 a 30.', 'Grace days, 0 to 30.'), example: 2, type: 'integer', minimum: 0, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  graceDays?: number;
}

export class DownPaymentDto {
  @ApiProperty({ description: bilingual('Valor de la cuota inicial.', 'Down payment amount.'), example: '50000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({ description: bilingual('Fecha de pago en Bogotá.', 'Due date in Bogota.'), example: '2026-03-13', format: 'date' })
  @IsBusinessDate()
  dueDate!: string;
}

export class InstallmentTermsDto {
  @ApiProperty({ description: bilingual('Número de cuota, desde 1.', 'Installment number, from 1.'), example: 1, type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  number!: number;

  @ApiProperty({ description: bilingual('Fecha de pago en Bogotá.', 'Due date in Bogota.'), example: '2026-04-13', format: 'date' })
  @IsBusinessDate()
  dueDate!: string;

  @ApiProperty({ description: bilingual('Valor de la cuota.', 'Installment amount.'), example: '100000.00' })
  @IsAmount()
  amount!: string;
}

export class PaymentPlanTermsDto {
  @ApiProperty({ description: bilingual('Obligación del acuerdo; debe estar en accountIds.', 'Account of the plan; must be in accountIds.'), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;

  @ApiProperty({ description: bilingual('Moneda ISO 4217.', 'ISO 4217 currency.'), example: 'COP' })
  @IsCurrency()
  currency!: string;

  @ApiProperty({ description: bilingual('Total del acuerdo: cuota inicial más cuotas.', 'Plan total: down payment plus installments.'), example: '350000.00' })
  @IsAmount()
  totalAmount!: string;

  @ApiPropertyOptional({ type: DownPaymentDto, description: bilingual('Cuota inicial.', 'Down payment.') })
  @IsOptional()
  @ValidateNested()
  @Type(() => DownPaymentDto)
  downPayment?: DownPaymentDto;

  @ApiPropertyOptional({ description: bilingual('Tasa efectiva anual en porcentaje.', 'Effective annual rate, in percent.'), example: '24.5' })
  @IsOptional()
  @Matches(RATE, { message: 'field.rate' })
  annualInterestRate?: string;

  @ApiProperty({ type: [InstallmentTermsDto], description: bilingual('Cuotas, de 1 a 360.', 'Installments, 1 to 360.') })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(360)
  @ValidateNested({ each: true })
  @Type(() => InstallmentTermsDto)
  installments!: InstallmentTermsDto[];
}

export class RecordInteractionDto {
  @ApiProperty({ description: bilingual('Id del deudor.', 'Debtor id.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Obligaciones (ids del banco) de las que trató.', "Accounts (the bank's ids) it concerned."), type: [String], example: ['CRED-0042-7781'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsBankId({ each: true })
  accountIds!: string[];

  @ApiProperty({ type: ContactedPartyDto, description: bilingual('Persona contactada.', 'Person contacted.') })
  @IsDefined()
  @ValidateNested()
  @Type(() => ContactedPartyDto)
  party!: ContactedPartyDto;

  @ApiProperty({ enum: CHANNELS, description: bilingual('Canal.', 'Channel.'), example: 'phone_call' })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({ enum: DIRECTIONS, description: bilingual('Saliente o entrante.', 'Outbound or inbound.'), example: 'outbound' })
  @IsIn([...DIRECTIONS])
  direction!: Direction;

  @ApiProperty({ enum: PURPOSES, description: bilingual('Cobranza o un propósito que no es cobranza (Ley 2300 de 2023, art. 8).', 'Collection or a non-collection purpose (Ley 2300 de 2023, art. 8).'), example: 'collection' })
  @IsIn([...PURPOSES])
  purpose!: Purpose;

  @ApiProperty({ description: bilingual('Cuándo ocurrió, con zona horaria.', 'When it happened, with its time zone.'), example: '2026-03-10T10:30:00-05:00' })
  @IsInstant()
  occurredAt!: string;

  @ApiPropertyOptional({ description: bilingual('Duración en segundos.', 'Duration in seconds.'), example: 245, type: 'integer', minimum: 0, maximum: 86400 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  durationSeconds?: number;

  @ApiPropertyOptional({ description: bilingual('Agente; se requiere agentId o automatedChannelId.', 'Agent; agentId or automatedChannelId is required.'), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  agentId?: string;

  @ApiPropertyOptional({ description: bilingual('Canal automático (marcador, plataforma de SMS).', 'Automated channel (dialer, SMS platform).'), example: 'dialer-ivr-2' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  automatedChannelId?: string;

  @ApiProperty({ description: bilingual('Código de resultado del catálogo (tipificación).', 'Outcome code of the catalog.'), example: 'PROMISE_TO_PAY' })
  @IsUpperCode()
  outcomeCode!: string;

  @ApiPropertyOptional({ description: bilingual('Notas libres; nunca se escriben en los registros del sistema.', 'Free-text notes; never written to system logs.'), example: 'El deudor pagará el viernes.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ description: bilingual('Referencia de la grabación o del mensaje.', 'Recording or message reference.'), example: 'rec://pbx-1/2026/03/10/99812' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  recordingReference?: string;

  @ApiProperty({ description: bilingual('Sistema de origen.', 'Source system.'), example: 'crm-main' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  sourceSystem!: string;

  @ApiProperty({
    description: bilingual('Id en el sistema de origen; repetir el par (sourceSystem, sourceReference) devuelve la primera gestión con 200.', 'Id in the source system; repeating the pair (sourceSystem, sourceReference) returns the first interaction with 200.'),
    example: 'CALL-99812',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  sourceReference!: string;

  @ApiPropertyOptional({ type: [PromiseTermsDto], description: bilingual('Promesas acordadas en la gestión.', 'Promises agreed in the interaction.') })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PromiseTermsDto)
  promises?: PromiseTermsDto[];

  @ApiPropertyOptional({ type: PaymentPlanTermsDto, description: bilingual('Acuerdo de pago pactado en la gestión.', 'Payment plan agreed in the interaction.') })
  @IsOptional()
  @ValidateNested()
  @Type(() => PaymentPlanTermsDto)
  paymentPlan?: PaymentPlanTermsDto;

  @ApiPropertyOptional({ type: NextActionDto, description: bilingual('Próxima acción de cada obligación.', 'Next action of each account.') })
  @IsOptional()
  @ValidateNested()
  @Type(() => NextActionDto)
  nextAction?: NextActionDto;
}
