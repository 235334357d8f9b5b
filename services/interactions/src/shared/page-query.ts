import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { bilingual } from './validators';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Cursor pagination parameters shared by every list route. */
export class PageQuery {
  @ApiPropertyOptional({ description: bilingual('Cursor opaco de la página siguiente (nextCursor)', 'Opaque cursor of the next page (nextCursor)') })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ description: bilingual(`Tamaño de página, 1 a ${MAX_PAGE_SIZE}`, `Page size, 1 to ${MAX_PAGE_SIZE}`), example: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
