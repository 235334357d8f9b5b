import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { bilingual, IsBusinessDate } from '../shared/validators';

export class RecordHolidayOverrideDto {
  @ApiProperty({ description: bilingual('add agrega un festivo, remove quita uno', 'add adds a holiday, remove removes one'), enum: ['add', 'remove'] })
  @IsIn(['add', 'remove'])
  action!: 'add' | 'remove';

  @ApiProperty({ description: bilingual('Fecha AAAA-MM-DD', 'Date YYYY-MM-DD'), example: '2027-07-12' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ description: bilingual('Nombre del festivo; obligatorio con add', 'Holiday name; required with add'), example: 'Festivo nuevo por ley' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ description: bilingual('Por qué se corrige el calendario (norma, fecha)', 'Why the calendar is corrected (law, date)') })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class HolidaysQuery {
  @ApiProperty({ description: bilingual('Año', 'Year'), example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(1984)
  @Max(9998)
  year!: number;
}

export class HolidayOverrideView {
  @ApiProperty() overrideId!: string;
  @ApiProperty({ enum: ['add', 'remove'] }) action!: 'add' | 'remove';
  @ApiProperty() date!: string;
  @ApiProperty({ nullable: true }) name!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() recordedAt!: string;
}
