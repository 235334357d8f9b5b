import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { bilingual } from '../http/api-text';

export class ListPaymentsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: bilingual('Tamaño de página.', 'Page size.') })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: bilingual('nextCursor de la página anterior.', 'nextCursor of the previous page.') })
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({ format: 'date-time', description: bilingual('Pagados antes de este instante (excluido).', 'Paid before this instant (exclusive).') })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'field.instant' })
  to?: string;
}
