import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { parseLocalTime } from '@bitacora/domain';
import type { FieldProblem } from '@bitacora/http';
import { bilingual, IsBankId, IsInstant, IsLocalTime } from '../shared/validators';
import { EVIDENCE_DESCRIPTION, PreferenceBaseDto } from './preferences.dto';

export class AuthorizedWindowDto {
  @ApiProperty({ description: bilingual('Días ISO: 1 lunes … 7 domingo', 'ISO weekdays: 1 Monday … 7 Sunday'), example: [1, 2, 3, 4, 5], type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @ApiProperty({ description: bilingual('Hora de inicio en Bogotá, HH:MM', 'Start, Bogota time, HH:MM'), example: '19:00' })
  @IsLocalTime()
  start!: string;

  @ApiProperty({ description: bilingual('Hora de fin (excluida), HH:MM; 24:00 para medianoche', 'End (exclusive), HH:MM; 24:00 for midnight'), example: '21:00' })
  @IsLocalTime()
  end!: string;

  @ApiProperty({ description: bilingual('También aplica en festivos', 'Also applies on public holidays') })
  @IsBoolean()
  includesPublicHolidays!: boolean;
}

export class AuthorizeAlternativeHoursDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que firmó la autorización', 'Person who signed the authorization'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiPropertyOptional({ description: bilingual('Hasta cuándo vale (excluido); sin fin si se omite', 'Valid until (exclusive); open-ended when omitted') })
  @IsOptional()
  @IsInstant()
  validUntil?: string;

  @ApiProperty({ type: [AuthorizedWindowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => AuthorizedWindowDto)
  windows!: AuthorizedWindowDto[];

  @ApiProperty({ description: EVIDENCE_DESCRIPTION })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

/** Problems the field decorators cannot see: a window that ends before it starts, an end before the start. */
export function alternativeHoursProblems(input: AuthorizeAlternativeHoursDto, validFrom: Date): FieldProblem[] {
  const problems: FieldProblem[] = input.windows.flatMap((window, index) =>
    parseLocalTime(window.start) < parseLocalTime(window.end) ? [] : [{ field: `windows[${index}].end`, code: 'field.window_end_before_start' }],
  );
  if (input.validUntil !== undefined && new Date(input.validUntil) <= validFrom) {
    problems.push({ field: 'validUntil', code: 'field.before_start', params: { start: validFrom.toISOString() } });
  }

  return problems;
}
