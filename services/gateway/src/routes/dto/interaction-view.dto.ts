import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, DIRECTIONS, PARTY_ROLES, PURPOSES } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { PageQueryDto, UuidId } from './common.dto';
import { IsInstant, IsUpperCode } from './validators';

export class InteractionParamsDto {
  @UuidId('Id de la gestión.', 'Interaction id.')
  interactionId!: string;
}

export class ListInteractionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: bilingual('Desde este instante, incluido.', 'From this instant, inclusive.'), example: '2026-03-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: bilingual('Hasta este instante, excluido.', 'Up to this instant, exclusive.'), example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: bilingual('Solo este canal.', 'Only this channel.') })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ description: bilingual('Resultado vigente, después de enmiendas.', 'Current outcome, after amendments.'), example: 'PROMISE_TO_PAY' })
  @IsOptional()
  @IsUpperCode()
  outcome?: string;

  @ApiPropertyOptional({ description: bilingual('Solo las de este agente.', "Only this agent's."), example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agentId?: string;
}

export class AmendmentChangesDto {
  @ApiPropertyOptional({ description: bilingual('Resultado corregido.', 'Corrected outcome.'), example: 'VOICEMAIL_LEFT' })
  @IsOptional()
  @IsUpperCode()
  outcomeCode?: string;

  @ApiPropertyOptional({ description: bilingual('Notas corregidas; null las borra.', 'Corrected notes; null clears them.'), nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({ description: bilingual('Duración corregida en segundos; null la borra.', 'Corrected duration in seconds; null clears it.'), nullable: true, type: 'integer', minimum: 0, maximum: 86400 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  durationSeconds?: number | null;

  @ApiPropertyOptional({ description: bilingual('Referencia corregida de la grabación o mensaje; null la borra.', 'Corrected recording or message reference; null clears it.'), nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  recordingReference?: string | null;
}

export class AmendInteractionDto {
  @ApiProperty({ type: AmendmentChangesDto, description: bilingual('Valores corregidos; un campo ausente no cambia.', 'Corrected values; an absent field does not change.') })
  @IsDefined()
  @ValidateNested()
  @Type(() => AmendmentChangesDto)
  changes!: AmendmentChangesDto;

  @ApiProperty({ description: bilingual('Por qué se corrige.', 'Why it is corrected.'), example: 'El agente seleccionó el resultado equivocado.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

const nullableText = { type: String, nullable: true } as const;

export class InteractionPartyDto {
  @ApiProperty({ example: 'CC-1020304050' }) id!: string;
  @ApiProperty({ enum: PARTY_ROLES }) role!: string;
}

export class InteractionPolicyDto {
  @ApiProperty({ format: 'uuid', description: bilingual('Decisión de política guardada para la gestión.', 'Policy decision stored for the interaction.') }) decisionId!: string;
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ description: bilingual('Saliente y negada: una violación de la Ley 2300 de 2023.', 'Outbound and denied: a breach of Ley 2300 de 2023.') }) violation!: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) reasons!: Record<string, unknown>[];
}

export class EffectiveValuesDto {
  @ApiProperty({ example: 'PROMISE_TO_PAY' }) outcomeCode!: string;
  @ApiProperty(nullableText) notes!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationSeconds!: number | null;
  @ApiProperty(nullableText) recordingReference!: string | null;
  @ApiProperty({ description: bilingual('Hubo contacto directo con el deudor.', 'The right party was reached.') }) rightPartyContact!: boolean;
}

export class AmendmentChangeDto {
  @ApiProperty({ example: 'outcomeCode' }) field!: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true }) previous!: string | number | null;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true }) current!: string | number | null;
}

export class AmendmentDto {
  @ApiProperty({ format: 'uuid' }) amendmentId!: string;
  @ApiProperty({ type: [AmendmentChangeDto] }) changes!: AmendmentChangeDto[];
  @ApiProperty() reason!: string;
  @ApiProperty({ example: 'agent:ag-17' }) actor!: string;
  @ApiProperty({ example: '2026-03-10T16:00:00.000Z' }) amendedAt!: string;
}

export class InteractionDto extends EffectiveValuesDto {
  @ApiProperty({ format: 'uuid' }) interactionId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ type: [String], example: ['CRED-0042-7781'] }) accountIds!: string[];
  @ApiProperty({ type: InteractionPartyDto }) party!: InteractionPartyDto;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: DIRECTIONS }) direction!: string;
  @ApiProperty({ enum: PURPOSES }) purpose!: string;
  @ApiProperty({ description: bilingual('Instante con la zona horaria de su origen.', 'Instant with the offset its source used.'), example: '2026-03-10T10:30:00.000-05:00' }) occurredAt!: string;
  @ApiProperty(nullableText) agentId!: string | null;
  @ApiProperty(nullableText) automatedChannelId!: string | null;
  @ApiProperty({ example: 'crm-main' }) sourceSystem!: string;
  @ApiProperty({ example: 'CALL-99812' }) sourceReference!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: bilingual('Promesas acordadas.', 'Agreed promises.') }) promises!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) paymentPlan!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) nextAction!: Record<string, unknown> | null;
  @ApiProperty({ type: InteractionPolicyDto }) policy!: InteractionPolicyDto;
  @ApiProperty({ description: bilingual('Tiene enmiendas.', 'Has amendments.') }) amended!: boolean;
  @ApiProperty({ type: EffectiveValuesDto, nullable: true, description: bilingual('Valores originales cuando hubo enmiendas.', 'Original values when it was amended.') }) original!: EffectiveValuesDto | null;
  @ApiProperty({ type: [AmendmentDto] }) amendments!: AmendmentDto[];
  @ApiProperty({ example: 'client:crm-main' }) actor!: string;
  @ApiProperty({ example: '2026-03-10T15:34:05.000Z' }) recordedAt!: string;
}

export class InteractionPageDto {
  @ApiProperty({ type: [InteractionDto] }) items!: InteractionDto[];
  @ApiProperty({ type: String, nullable: true, description: bilingual('Cursor de la página siguiente; null en la última.', 'Cursor of the next page; null on the last one.') }) nextCursor!: string | null;
}
