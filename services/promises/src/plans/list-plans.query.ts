import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { PLAN_STATUSES } from '@bitacora/contracts';
import { ApiPatterns, bilingual } from '../http/api-text';

export class ListPlansQuery {
  @ApiPropertyOptional({ description: bilingual('Deudor.', 'Debtor.') }) @IsOptional() @Matches(ApiPatterns.bankId) debtorId?: string;
  @ApiPropertyOptional({ description: bilingual('Obligación.', 'Account.') }) @IsOptional() @Matches(ApiPatterns.bankId) accountId?: string;
  @ApiPropertyOptional({ description: bilingual('Agente.', 'Agent.') }) @IsOptional() @IsString() agentId?: string;
  @ApiPropertyOptional({ enum: PLAN_STATUSES, description: bilingual('Estado.', 'Status.') }) @IsOptional() @IsIn(PLAN_STATUSES) status?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: bilingual('Tamaño de página.', 'Page size.') })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: bilingual('nextCursor de la página anterior.', 'nextCursor of the previous page.') })
  @IsOptional()
  @IsString()
  cursor?: string;
}
