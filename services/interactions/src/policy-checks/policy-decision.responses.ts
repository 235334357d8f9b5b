import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, DIRECTIONS, PARTY_ROLES, PURPOSES } from '@bitacora/contracts';
import { bilingual } from '../shared/validators';

export class PartyResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PARTY_ROLES }) role!: string;
}

export class RuleReferenceResponse {
  @ApiProperty({ example: 'contact_window' }) ruleId!: string;
  @ApiProperty({ example: 1 }) ruleVersion!: number;
}

export class DenialReasonResponse extends RuleReferenceResponse {
  @ApiProperty({ example: 'OUTSIDE_CONTACT_WINDOW' }) code!: string;
  @ApiProperty({ description: bilingual('Valores detrás de la razón', 'Values behind the reason'), example: { localTime: '20:15', window: '07:00-19:00' } })
  details!: Record<string, string | number>;
  @ApiProperty({ description: bilingual('Mensaje en el idioma de Accept-Language', 'Message in the Accept-Language language') }) message!: string;
}

export class PolicyDecisionResponse {
  @ApiProperty() decisionId!: string;
  @ApiProperty({ enum: ['check', 'interaction'] }) origin!: string;
  @ApiProperty({ nullable: true, type: String }) interactionId!: string | null;
  @ApiProperty() debtorId!: string;
  @ApiProperty({ type: PartyResponse }) party!: PartyResponse;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: DIRECTIONS }) direction!: string;
  @ApiProperty({ enum: PURPOSES }) purpose!: string;
  @ApiProperty({ type: [String] }) accountIds!: string[];
  @ApiProperty({ description: bilingual('Instante evaluado', 'Judged instant') }) instant!: string;
  @ApiProperty({ enum: ['allowed', 'denied'] }) outcome!: string;
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: [DenialReasonResponse], description: bilingual('Todas las razones de la negación', 'Every reason for the denial') })
  reasons!: DenialReasonResponse[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: bilingual('Próximo instante en que el mismo contacto estaría permitido; null si no hay uno en el horizonte', 'Next instant the same contact would be allowed; null when none in the horizon'),
  })
  nextAllowedAt!: string | null;
  @ApiProperty({ description: bilingual('Cuenta para el límite diario y el canal semanal', 'Counts toward the daily cap and weekly channel') })
  countsTowardLimits!: boolean;
  @ApiProperty({ type: [RuleReferenceResponse] }) appliedRules!: RuleReferenceResponse[];
  @ApiProperty() actor!: string;
  @ApiProperty() decidedAt!: string;
}
