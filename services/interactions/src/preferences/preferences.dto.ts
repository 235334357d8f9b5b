import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { bilingual, IsBankId, IsInstant } from '../shared/validators';

export class RevokePreferenceDto {
  @ApiPropertyOptional({ description: bilingual('Desde cuándo deja de valer; por defecto ahora', 'When it stops applying; now by default') })
  @IsOptional()
  @IsInstant()
  revokedAt?: string;

  @ApiProperty({ description: bilingual('Motivo', 'Reason') })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ListPreferencesQuery {
  @ApiPropertyOptional({ description: bilingual('Solo los de esta persona', 'Only those of this person') })
  @IsOptional()
  @IsBankId()
  partyId?: string;
}

/** Fields every preference record takes when it is created. */
export class PreferenceBaseDto {
  @ApiPropertyOptional({ description: bilingual('Desde cuándo vale; por defecto ahora', 'Valid from; now by default'), example: '2026-01-15T09:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  validFrom?: string;
}

export const EVIDENCE_DESCRIPTION = bilingual(
  'Referencia a la prueba (grabación, formulario firmado, id del mensaje); nunca el dato personal mismo',
  'Reference to the proof (recording, signed form, message id); never the personal data itself',
);
