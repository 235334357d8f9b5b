import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { bilingual } from '../openapi/bilingual';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../routes/dto/common.dto';
import { UPSTREAMS } from '../upstream/upstream-name';
import { TIMELINE_KINDS, TimelineKind } from './timeline-entry';

export class TimelineQueryDto {
  @ApiPropertyOptional({
    description: bilingual('Cursor opaco de la página siguiente: el nextCursor de la respuesta anterior, sin cambios.', 'Opaque cursor of the next page: the nextCursor of the previous response, unchanged.'),
    maxLength: 600,
  })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  cursor?: string;

  @ApiPropertyOptional({ description: bilingual(`Entradas por página, de 1 a ${MAX_PAGE_SIZE}.`, `Entries per page, 1 to ${MAX_PAGE_SIZE}.`), example: DEFAULT_PAGE_SIZE, type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    description: bilingual('Solo estos tipos de entrada; repita el parámetro para varios. Todos si se omite.', 'Only these entry kinds; repeat the parameter for several. All when omitted.'),
    enum: TIMELINE_KINDS,
    isArray: true,
    example: ['interaction', 'payment'],
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(TIMELINE_KINDS.length)
  @IsIn([...TIMELINE_KINDS], { each: true })
  kinds?: TimelineKind[];
}

export class TimelineEntryDto {
  @ApiProperty({ enum: TIMELINE_KINDS, description: bilingual('Tipo de hecho.', 'Kind of fact.'), example: 'interaction' })
  kind!: string;

  @ApiProperty({ description: bilingual('Id del registro, único dentro de su tipo.', 'Record id, unique within its kind.'), example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11' })
  id!: string;

  @ApiProperty({ description: bilingual('Instante UTC del hecho.', 'UTC instant of the fact.'), example: '2026-03-10T15:30:00.000Z', format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: UPSTREAMS, description: bilingual('Servicio que guarda el registro.', 'Service that keeps the record.'), example: 'interactions' })
  source!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: bilingual('El registro tal como lo devuelve su servicio.', 'The record as its service returns it.'),
    example: { interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11', channel: 'phone_call', outcomeCode: 'PROMISE_TO_PAY' },
  })
  data!: Record<string, unknown>;
}

export class TimelinePageDto {
  @ApiProperty({ description: bilingual('Deudor consultado.', 'Debtor read.'), example: 'CC-1020304050' })
  debtorId!: string;

  @ApiProperty({ type: [TimelineEntryDto], description: bilingual('Entradas, más recientes primero.', 'Entries, newest first.') })
  items!: TimelineEntryDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: bilingual('Cursor de la página siguiente; null en la última.', 'Cursor of the next page; null on the last one.'),
    example: 'eyJ2IjoxLCJ0IjoiMjAyNi0wMy0xMFQxNTozMDowMC4wMDBaIiwiayI6ImludGVyYWN0aW9uIiwiaSI6IjAxOTNiNmEyIn0',
  })
  nextCursor!: string | null;
}
