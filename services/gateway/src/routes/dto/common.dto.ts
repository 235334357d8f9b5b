import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { bilingual } from '../../openapi/bilingual';
import { BANK_ID_PATTERN, IsBankId } from './validators';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Cursor pagination of every list route. */
export class PageQueryDto {
  @ApiPropertyOptional({
    description: bilingual('Cursor opaco de la página siguiente: el nextCursor de la respuesta anterior, sin cambios.', 'Opaque cursor of the next page: the nextCursor of the previous response, unchanged.'),
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ description: bilingual(`Tamaño de página, de 1 a ${MAX_PAGE_SIZE}.`, `Page size, 1 to ${MAX_PAGE_SIZE}.`), example: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class DebtorParamsDto {
  @ApiProperty({ description: bilingual('Identificador del deudor que usa el banco.', "The bank's debtor id."), example: 'CC-1020304050', pattern: BANK_ID_PATTERN })
  @IsBankId()
  debtorId!: string;
}

export class AccountParamsDto {
  @ApiProperty({ description: bilingual('Identificador de la obligación que usa el banco.', "The bank's account id."), example: 'CRED-0042-7781', pattern: BANK_ID_PATTERN })
  @IsBankId()
  accountId!: string;
}

/** A path segment holding a UUID record id. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Documents and validates a UUID record id, described in Spanish and English. */
export function UuidId(es: string, en: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: bilingual(es, en), example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11', format: 'uuid' }),
    Matches(new RegExp(UUID_PATTERN), { message: 'field.uuid' }),
  );
}
