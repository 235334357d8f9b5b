import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { bilingual } from '../../openapi/bilingual';
import { IsBusinessDate } from './validators';

export const CONTACT_KPI_GROUPINGS = ['agent', 'channel', 'portfolio'] as const;

const RATE_TEXT = bilingual('Decimal con cuatro cifras; null si el denominador es 0.', 'Decimal with four places; null when the denominator is 0.');

export class ContactKpiQueryDto {
  @ApiProperty({ format: 'date', description: bilingual('Primer día del periodo (fecha de Bogotá).', 'First day of the period (Bogota date).'), example: '2026-03-01' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ format: 'date', description: bilingual('Último día del periodo, incluido; máximo 366 días.', 'Last day of the period, included; at most 366 days.'), example: '2026-03-31' })
  @IsBusinessDate()
  to!: string;

  @ApiPropertyOptional({ enum: CONTACT_KPI_GROUPINGS, description: bilingual('Agrupar también por agente, canal o cartera.', 'Also group by agent, channel or portfolio.') })
  @IsOptional()
  @IsIn(CONTACT_KPI_GROUPINGS)
  groupBy?: (typeof CONTACT_KPI_GROUPINGS)[number];
}

export class ContactKpisDto {
  @ApiProperty({ type: 'integer', description: bilingual('Gestiones salientes de cobranza.', 'Outbound collection interactions.'), example: 120 })
  contactAttempts!: number;

  @ApiProperty({ type: 'integer', description: bilingual('Intentos con contacto directo con el titular.', 'Attempts that reached the right party.'), example: 48 })
  rightPartyContacts!: number;

  @ApiProperty({ type: String, nullable: true, description: `${bilingual('Contactos directos sobre intentos.', 'Right-party contacts over attempts.')} ${RATE_TEXT}`, example: '0.4000' })
  rightPartyContactRate!: string | null;

  @ApiProperty({ type: 'integer', description: bilingual('Intentos que terminaron en promesa o acuerdo de pago.', 'Attempts that ended in a promise or payment plan.'), example: 18 })
  promises!: number;

  @ApiProperty({ type: String, nullable: true, description: `${bilingual('Promesas sobre contactos directos.', 'Promises over right-party contacts.')} ${RATE_TEXT}`, example: '0.3750' })
  promiseRate!: string | null;

  @ApiProperty({ type: 'integer', description: bilingual('Consultas de política de contacto negadas.', 'Contact-policy checks denied.'), example: 7 })
  policyDenials!: number;

  @ApiProperty({ type: 'integer', description: bilingual('Gestiones salientes registradas en contra de la política de contacto.', 'Outbound interactions recorded in breach of the contact policy.'), example: 1 })
  policyViolations!: number;
}

export class OverallContactKpisDto extends ContactKpisDto {
  @ApiProperty({ type: 'integer', description: bilingual('Obligaciones sin próxima acción o con la próxima acción vencida, en asOf.', 'Accounts with no next action or an overdue one, at asOf.'), example: 12 })
  accountsWithoutNextAction!: number;
}

export class ContactKpiGroupDto {
  @ApiProperty({ description: bilingual('Agente, canal o cartera; "(sin agente)" y "(sin cartera)" agrupan lo que no tiene.', 'Agent, channel or portfolio; "(sin agente)" and "(sin cartera)" group what has none.'), example: 'ag-17' })
  key!: string;

  @ApiProperty({ type: ContactKpisDto })
  kpis!: ContactKpisDto;
}

export class ContactKpiReportDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiPropertyOptional({ enum: CONTACT_KPI_GROUPINGS }) groupBy?: string;
  @ApiProperty({ format: 'date-time', description: bilingual('Instante en que se contaron las obligaciones sin próxima acción.', 'Instant at which accounts without a next action were counted.') }) asOf!: string;
  @ApiProperty({ type: OverallContactKpisDto }) overall!: OverallContactKpisDto;
  @ApiProperty({ type: [ContactKpiGroupDto] }) groups!: ContactKpiGroupDto[];
}
