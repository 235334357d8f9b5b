import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
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
}
