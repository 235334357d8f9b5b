import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, Direction, DIRECTIONS, PARTY_ROLES, PartyRole, Purpose, PURPOSES } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { PageQueryDto, UuidId } from './common.dto';
import { IsBankId, IsInstant } from './validators';

export class CheckedPartyDto {
  @ApiPropertyOptional({
    description: bilingual('Id de la persona a contactar; por defecto el deudor cuando el rol es debtor.', 'Id of the person to contact; defaults to the debtor when the role is debtor.'),
    example: 'CC-1020304050',
  })
  @IsOptional()
  @IsBankId()
  id?: string;

  @ApiProperty({ description: bilingual('Rol de la persona frente a la deuda; las referencias nunca se contactan (Ley 2300 de 2023, art. 4).', "The person's role in the debt; references are never contacted (Ley 2300 de 2023, art. 4)."), enum: PARTY_ROLES, example: 'debtor' })
  @IsIn([...PARTY_ROLES])
  role!: PartyRole;
}

export class CheckContactDto {
  @ApiProperty({ description: bilingual('Id del deudor.', 'Debtor id.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Persona que se contactaría.', 'Person who would be contacted.'), type: CheckedPartyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CheckedPartyDto)
  party!: CheckedPartyDto;

  @ApiProperty({ description: bilingual('Canal del contacto.', 'Channel of the contact.'), enum: CHANNELS, example: 'phone_call' })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({
    description: bilingual('Propósito: cobranza, o uno que no es cobranza y no cuenta para los límites (Ley 2300 de 2023, art. 8).', 'Purpose: collection, or a non-collection one that does not count toward the limits (Ley 2300 de 2023, art. 8).'),
    enum: PURPOSES,
    example: 'collection',
  })
  @IsIn([...PURPOSES])
  purpose!: Purpose;

  @ApiPropertyOptional({ description: bilingual('Dirección; outbound si se omite.', 'Direction; outbound when omitted.'), enum: DIRECTIONS, example: 'outbound' })
  @IsOptional()
  @IsIn([...DIRECTIONS])
  direction?: Direction;

  @ApiPropertyOptional({ description: bilingual('Obligaciones de las que trataría el contacto.', 'Accounts the contact would be about.'), type: [String], example: ['CRED-0042-7781'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsBankId({ each: true })
  accountIds?: string[];

  @ApiPropertyOptional({ description: bilingual('Instante a evaluar, con zona horaria; ahora si se omite.', 'Instant to judge, with its time zone; now when omitted.'), example: '2026-03-10T10:30:00-05:00' })
  @IsOptional()
  @IsInstant()
  instant?: string;
}

export class PartyDto {
  @ApiProperty({ example: 'CC-1020304050' }) id!: string;
  @ApiProperty({ enum: PARTY_ROLES, example: 'debtor' }) role!: string;
}

export class RuleReferenceDto {
  @ApiProperty({ description: bilingual('Regla aplicada.', 'Rule applied.'), example: 'contact_window' }) ruleId!: string;
  @ApiProperty({ description: bilingual('Versión de la configuración de la regla.', "Version of the rule's settings."), example: 1 }) ruleVersion!: number;
}

export class DenialReasonDto extends RuleReferenceDto {
  @ApiProperty({ description: bilingual('Código de la razón.', 'Reason code.'), example: 'OUTSIDE_CONTACT_WINDOW' }) code!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: bilingual('Valores detrás de la razón.', 'Values behind the reason.'),
    example: { localTime: '20:15', window: '07:00-19:00' },
  })
  details!: Record<string, string | number>;

  @ApiProperty({ description: bilingual('Explicación en el idioma de Accept-Language.', 'Explanation in the Accept-Language language.'), example: 'Fuera de la franja horaria permitida.' })
  message!: string;
}

export class PolicyDecisionDto {
  @ApiProperty({ format: 'uuid', example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11' }) decisionId!: string;
  @ApiProperty({ enum: ['check', 'interaction'], description: bilingual('Consulta previa o gestión registrada.', 'Prior check or recorded interaction.') }) origin!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) interactionId!: string | null;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ type: PartyDto }) party!: PartyDto;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: DIRECTIONS }) direction!: string;
  @ApiProperty({ enum: PURPOSES }) purpose!: string;
  @ApiProperty({ type: [String] }) accountIds!: string[];
  @ApiProperty({ description: bilingual('Instante evaluado.', 'Judged instant.'), example: '2026-03-10T15:30:00.000Z' }) instant!: string;
  @ApiProperty({ enum: ['allowed', 'denied'] }) outcome!: string;
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: [DenialReasonDto], description: bilingual('Todas las razones de la negación; vacía si se permite.', 'Every reason for the denial; empty when allowed.') }) reasons!: DenialReasonDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: bilingual('Próximo instante en que el mismo contacto estaría permitido; null si no hay uno en el horizonte de búsqueda.', 'Next instant the same contact would be allowed; null when there is none in the search horizon.'),
  })
  nextAllowedAt!: string | null;
  @ApiProperty({ description: bilingual('Si cuenta para el límite diario y el canal de la semana.', 'Whether it counts toward the daily limit and the week’s channel.') }) countsTowardLimits!: boolean;
  @ApiProperty({ type: [RuleReferenceDto] }) appliedRules!: RuleReferenceDto[];
  @ApiProperty({ example: 'client:crm-main' }) actor!: string;
  @ApiProperty({ example: '2026-03-10T15:30:01.000Z' }) decidedAt!: string;
}

export class DecisionParamsDto {
  @UuidId('Id de la decisión.', 'Decision id.')
  decisionId!: string;
}

export class ListPolicyDecisionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['check', 'interaction'], description: bilingual('Origen: consulta previa o gestión registrada.', 'Origin: prior check or recorded interaction.') })
  @IsOptional()
  @IsIn(['check', 'interaction'])
  origin?: 'check' | 'interaction';

  @ApiPropertyOptional({ enum: ['allowed', 'denied'], description: bilingual('Resultado.', 'Outcome.') })
  @IsOptional()
  @IsIn(['allowed', 'denied'])
  outcome?: 'allowed' | 'denied';
}

export class PolicyDecisionPageDto {
  @ApiProperty({ type: [PolicyDecisionDto] }) items!: PolicyDecisionDto[];
  @ApiProperty({ type: String, nullable: true, description: bilingual('Cursor de la página siguiente; null en la última.', 'Cursor of the next page; null on the last one.') }) nextCursor!: string | null;
}

export class ContactPolicyRulesDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: bilingual('Reglas en vigor, cada una con su versión y fuente legal.', 'Rules in force, each with its version and legal source.'),
  })
  rules!: Record<string, unknown>[];

  @ApiProperty({ description: bilingual('Días en que se busca el próximo instante permitido.', 'Days searched for the next allowed instant.'), example: 14 })
  nextAllowedSearchDays!: number;
}
