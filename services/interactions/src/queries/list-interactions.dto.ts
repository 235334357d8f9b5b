import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Channel, CHANNELS } from '@bitacora/contracts';
import { PageQuery } from '../shared/page-query';
import { bilingual, IsInstant, IsUpperCode } from '../shared/validators';

export class ListInteractionsQuery extends PageQuery {
  @ApiPropertyOptional({ description: bilingual('Desde (incluido)', 'From (inclusive)'), example: '2026-03-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: bilingual('Hasta (excluido)', 'To (exclusive)'), example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ description: bilingual('Resultado vigente, después de enmiendas', 'Current outcome, after amendments'), example: 'PROMISE_TO_PAY' })
  @IsOptional()
  @IsUpperCode()
  outcome?: string;

  @ApiPropertyOptional({ example: 'ag-17' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agentId?: string;
}

export class ListAmendmentsQuery extends PageQuery {
  @ApiPropertyOptional({ description: bilingual('Hechas antes de este instante (excluido)', 'Made before this instant (exclusive)'), example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
