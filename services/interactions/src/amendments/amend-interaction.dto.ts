import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { bilingual, IsUpperCode } from '../shared/validators';

/** The corrected values; a field present with null clears it, an absent field stays as it is. */
export class AmendmentChangesDto {
  @ApiPropertyOptional({ description: bilingual('Resultado corregido', 'Corrected outcome'), example: 'VOICEMAIL_LEFT' })
  @IsOptional()
  @IsUpperCode()
  outcomeCode?: string;

  @ApiPropertyOptional({ description: bilingual('Notas corregidas; null las borra', 'Corrected notes; null clears them'), nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({ description: bilingual('Duración corregida en segundos', 'Corrected duration in seconds'), nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86400)
  durationSeconds?: number | null;

  @ApiPropertyOptional({ description: bilingual('Referencia corregida de la grabación o mensaje', 'Corrected recording or message reference'), nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  recordingReference?: string | null;
}

export class AmendInteractionDto {
  @ApiProperty({ type: AmendmentChangesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AmendmentChangesDto)
  changes!: AmendmentChangesDto;

  @ApiProperty({ description: bilingual('Por qué se corrige', 'Why it is corrected'), example: 'El agente seleccionó el resultado equivocado.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
