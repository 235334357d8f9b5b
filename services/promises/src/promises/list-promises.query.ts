import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { PROMISE_STATUSES } from '@bitacora/contracts';
import { ApiPatterns, bilingual } from '../http/api-text';

export class ListPromisesQuery {
  @ApiPropertyOptional({ description: bilingual('Deudor.', 'Debtor.') }) @IsOptional() @Matches(ApiPatterns.bankId) debtorId?: string;
  @ApiPropertyOptional({ description: bilingual('Obligación.', 'Account.') }) @IsOptional() @Matches(ApiPatterns.bankId) accountId?: string;
  @ApiPropertyOptional({ description: bilingual('Agente que acordó la promesa.', 'Agent who agreed the promise.') }) @IsOptional() @IsString() agentId?: string;
  @ApiPropertyOptional({ description: bilingual('Cartera.', 'Portfolio.') }) @IsOptional() @Matches(ApiPatterns.bankId) portfolioId?: string;
  @ApiPropertyOptional({ enum: PROMISE_STATUSES, description: bilingual('Estado.', 'Status.') }) @IsOptional() @IsIn(PROMISE_STATUSES) status?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: bilingual('Vencimiento desde (incluido). Con dueTo igual a hoy y status=PENDING da la cola de "promesas que vencen hoy".', 'Due on or after. With dueTo set to today and status=PENDING it gives the "promises due today" queue.'),
  })
  @IsOptional()
  @Matches(ApiPatterns.date, { message: 'field.date' })
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: bilingual('Vencimiento hasta (incluido).', 'Due on or before.') })
  @IsOptional()
  @Matches(ApiPatterns.date, { message: 'field.date' })
  dueTo?: string;

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
