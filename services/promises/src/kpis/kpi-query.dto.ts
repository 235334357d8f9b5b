import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ApiPatterns, bilingual } from '../http/api-text';

export const KPI_GROUPINGS = ['agent', 'portfolio'] as const;

export class KpiQuery {
  @ApiProperty({ format: 'date', description: bilingual('Primer día del periodo (vencimiento, Bogotá).', 'First day of the period (due date, Bogota).'), example: '2026-03-01' })
  @Matches(ApiPatterns.date, { message: 'field.date' })
  from!: string;

  @ApiProperty({ format: 'date', description: bilingual('Último día del periodo, incluido.', 'Last day of the period, included.'), example: '2026-03-31' })
  @Matches(ApiPatterns.date, { message: 'field.date' })
  to!: string;

  @ApiPropertyOptional({ enum: KPI_GROUPINGS, description: bilingual('Agrupar también por agente o por cartera.', 'Also group by agent or by portfolio.') })
  @IsOptional()
  @IsIn(KPI_GROUPINGS)
  groupBy?: (typeof KPI_GROUPINGS)[number];

  @ApiPropertyOptional({ description: bilingual('Solo las promesas de este agente.', 'Only this agent’s promises.') })
  @IsOptional()
  @IsString()
  agentId?: string;

  @ApiPropertyOptional({ description: bilingual('Solo las promesas de esta cartera.', 'Only this portfolio’s promises.') })
  @IsOptional()
  @Matches(ApiPatterns.bankId)
  portfolioId?: string;
}
