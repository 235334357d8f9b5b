import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, Direction, DIRECTIONS, PARTY_ROLES, PartyRole, Purpose, PURPOSES } from '@bitacora/contracts';
import { bilingual, IsBankId, IsInstant, IsUpperCode } from '../shared/validators';
import { PaymentPlanTermsDto, PromiseTermsDto } from './agreed-terms.dto';

export class PartyDto {
  @ApiProperty({ description: bilingual('Id de la persona contactada', 'Id of the contacted person'), example: 'CC-1020304050' })
  @IsBankId()
  id!: string;

  @ApiProperty({ description: bilingual('Rol frente a la deuda', 'Role in the debt'), enum: PARTY_ROLES })
  @IsIn([...PARTY_ROLES])
  role!: PartyRole;
}

export class NextActionDto {
  @ApiProperty({ description: bilingual('Cuándo', 'When'), example: '2026-03-16T09:00:00-05:00' })
  @IsInstant()
  dueAt!: string;

  @ApiProperty({ description: bilingual('Qué: código en mayúsculas', 'What: upper-case code'), example: 'CHECK_PROMISE' })
  @IsUpperCode()
  action!: string;

  @ApiPropertyOptional({ description: bilingual('Quién: agente o equipo', 'Who: agent or team'), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  assigneeId?: string;

  @ApiPropertyOptional({ description: bilingual('Indicaciones', 'Instructions') })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

/** Body of POST /v1/interactions, and data of the submission command on Kafka. */
export class RecordInteractionDto {
  @ApiProperty({ description: bilingual('Id del deudor', 'Debtor id'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Obligaciones (ids del banco) de las que trató', "Accounts (the bank's ids) it concerned"), type: [String], example: ['CRED-0042-7781'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsBankId({ each: true })
  accountIds!: string[];

  @ApiProperty({ type: PartyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PartyDto)
  party!: PartyDto;

  @ApiProperty({ enum: CHANNELS })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({ enum: DIRECTIONS })
  @IsIn([...DIRECTIONS])
  direction!: Direction;

  @ApiProperty({ description: bilingual('Cobranza o un propósito que no es cobranza (Ley 2300, art. 8)', 'Collection or a non-collection purpose (Ley 2300, art. 8)'), enum: PURPOSES })
  @IsIn([...PURPOSES])
  purpose!: Purpose;

  @ApiProperty({ description: bilingual('Cuándo ocurrió, con zona horaria', 'When it happened, with its time zone'), example: '2026-03-10T10:30:00-05:00' })
  @IsInstant()
  occurredAt!: string;

  @ApiPropertyOptional({ description: bilingual('Duración en segundos', 'Duration in seconds'), example: 245 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  durationSeconds?: number;

  @ApiPropertyOptional({ description: bilingual('Agente; se requiere agentId o automatedChannelId', 'Agent; agentId or automatedChannelId is required'), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  agentId?: string;

  @ApiPropertyOptional({ description: bilingual('Canal automático (marcador, plataforma SMS)', 'Automated channel (dialer, SMS platform)'), example: 'dialer-ivr-2' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  automatedChannelId?: string;

  @ApiProperty({ description: bilingual('Código de resultado del catálogo', 'Outcome code of the catalog'), example: 'PROMISE_TO_PAY' })
  @IsUpperCode()
  outcomeCode!: string;

  @ApiPropertyOptional({ description: bilingual('Notas libres', 'Free-text notes') })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ description: bilingual('Referencia de la grabación o del mensaje', 'Recording or message reference') })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  recordingReference?: string;

  @ApiProperty({ description: bilingual('Sistema de origen', 'Source system'), example: 'crm-main' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  sourceSystem!: string;

  @ApiProperty({
    description: bilingual('Id en el sistema de origen; repetirlo devuelve la primera gestión', 'Id in the source system; repeating it returns the first interaction'),
    example: 'CALL-99812',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  sourceReference!: string;

  @ApiPropertyOptional({ description: bilingual('Promesas acordadas (resultado de promesa)', 'Agreed promises (promise outcome)'), type: [PromiseTermsDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PromiseTermsDto)
  promises?: PromiseTermsDto[];

  @ApiPropertyOptional({ description: bilingual('Acuerdo de pago (resultado de acuerdo)', 'Payment plan (plan outcome)'), type: PaymentPlanTermsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PaymentPlanTermsDto)
  paymentPlan?: PaymentPlanTermsDto;

  @ApiPropertyOptional({ description: bilingual('Próxima acción de cada obligación', 'Next action of each account'), type: NextActionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NextActionDto)
  nextAction?: NextActionDto;
}
