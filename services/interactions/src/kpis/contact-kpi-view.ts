import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { bilingual } from '../shared/validators';
import { CONTACT_KPI_GROUPINGS } from './contact-kpi-query.dto';

const RATE_TEXT = bilingual('Decimal con cuatro cifras; null si el denominador es 0.', 'Decimal with four places; null when the denominator is 0.');

export class ContactKpisView {
  @ApiProperty({ description: bilingual('Gestiones salientes de cobranza.', 'Outbound collection interactions.'), example: 120 })
  contactAttempts!: number;

  @ApiProperty({ description: bilingual('Intentos cuyo resultado es contacto directo con el titular.', 'Attempts whose outcome is a right-party contact.'), example: 48 })
  rightPartyContacts!: number;

  @ApiProperty({ type: String, nullable: true, description: `${bilingual('Contactos directos sobre intentos.', 'Right-party contacts over attempts.')} ${RATE_TEXT}`, example: '0.4000' })
  rightPartyContactRate!: string | null;

  @ApiProperty({ description: bilingual('Intentos cuyo resultado es una promesa o un acuerdo de pago.', 'Attempts whose outcome is a promise or a payment plan.'), example: 18 })
  promises!: number;

  @ApiProperty({ type: String, nullable: true, description: `${bilingual('Promesas sobre contactos directos.', 'Promises over right-party contacts.')} ${RATE_TEXT}`, example: '0.3750' })
  promiseRate!: string | null;

  @ApiProperty({ description: bilingual('Consultas de política de contacto negadas.', 'Contact-policy checks denied.'), example: 7 })
  policyDenials!: number;

  @ApiProperty({ description: bilingual('Gestiones registradas en contra de la política de contacto.', 'Interactions recorded in breach of the contact policy.'), example: 1 })
  policyViolations!: number;
}

export class OverallContactKpisView extends ContactKpisView {
  @ApiProperty({ description: bilingual('Obligaciones sin próxima acción o con la próxima acción vencida, en el instante asOf.', 'Accounts with no next action or an overdue one, at the asOf instant.'), example: 12 })
  accountsWithoutNextAction!: number;
}

export class ContactKpiGroupView {
  @ApiProperty({
    description: bilingual('Agente, canal o cartera; "(sin cartera)" y "(sin agente)" agrupan lo que no tiene.', 'Agent, channel or portfolio; "(sin cartera)" and "(sin agente)" group what has none.'),
    example: 'ag-17',
  })
  key!: string;

  @ApiProperty({ type: ContactKpisView })
  kpis!: ContactKpisView;
}

export class ContactKpiReportView {
  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiPropertyOptional({ enum: CONTACT_KPI_GROUPINGS })
  groupBy?: string;

  @ApiProperty({ format: 'date-time', description: bilingual('Instante en que se contaron las obligaciones sin próxima acción.', 'Instant at which accounts without a next action were counted.') })
  asOf!: string;

  @ApiProperty({ type: OverallContactKpisView })
  overall!: OverallContactKpisView;

  @ApiProperty({ type: [ContactKpiGroupView] })
  groups!: ContactKpiGroupView[];
}
