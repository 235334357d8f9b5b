import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { bilingual, IsBusinessDate } from '../shared/validators';

export const CONTACT_KPI_GROUPINGS = ['agent', 'channel', 'portfolio'] as const;
export type ContactKpiGrouping = (typeof CONTACT_KPI_GROUPINGS)[number];

export class ContactKpiQuery {
  @ApiProperty({ format: 'date', description: bilingual('Primer día del periodo (fecha de Bogotá).', 'First day of the period (Bogota date).'), example: '2026-03-01' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ format: 'date', description: bilingual('Último día del periodo, incluido; máximo 366 días.', 'Last day of the period, included; at most 366 days.'), example: '2026-03-31' })
  @IsBusinessDate()
  to!: string;

  @ApiPropertyOptional({ enum: CONTACT_KPI_GROUPINGS, description: bilingual('Agrupar también por agente, canal o cartera.', 'Also group by agent, channel or portfolio.') })
  @IsOptional()
  @IsIn(CONTACT_KPI_GROUPINGS)
  groupBy?: ContactKpiGrouping;
}
