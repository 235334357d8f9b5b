import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { INSTANT_PATTERN } from '../common/instant';

export const CHAIN_ID_PATTERN = /^[A-Za-z0-9._-]{1,249}:(0|[1-9][0-9]{0,9})$/;

/** Filters of GET /v1/ledger/records; every filter is optional and they combine with AND. */
export class RecordQueryDto {
  @ApiPropertyOptional({ description: 'Id del deudor. / Debtor id.', example: 'CC-1020304050', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  debtorId?: string;

  @ApiPropertyOptional({ description: 'Id de la obligación en el banco. / Bank account id.', example: 'CRED-0042-7781', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accountId?: string;

  @ApiPropertyOptional({ description: 'Quién causó el evento, como tipo:id. / Who caused the event, as kind:id.', example: 'agent:ag-17', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: 'Tipo CloudEvents. / CloudEvents type.', example: 'co.collections.interaction.recorded.v1', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  eventType?: string;

  @ApiPropertyOptional({ description: 'Cadena <tópico>:<partición>. / Chain <topic>:<partition>.', example: 'collections.interactions.v1:3' })
  @IsOptional()
  @Matches(CHAIN_ID_PATTERN, { message: 'field.chain_id' })
  chainId?: string;

  @ApiPropertyOptional({ description: 'Registros sellados desde este instante (incluido). / Records sealed at or after this instant.', example: '2026-03-01T00:00:00-05:00' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, { message: 'field.instant' })
  from?: string;

  @ApiPropertyOptional({ description: 'Registros sellados antes de este instante. / Records sealed before this instant.', example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, { message: 'field.instant' })
  to?: string;

  @ApiPropertyOptional({ description: 'Valor nextCursor de la página anterior. / nextCursor of the previous page.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Registros por página (1 a 500). / Records per page (1 to 500).', default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
