import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DISPUTE_RESOLUTIONS } from '@bitacora/contracts';
import { bilingual, IsBankId, IsInstant } from '../shared/validators';
import { DisputeResolution } from './disputes.repository';

export class OpenDisputeDto {
  @ApiProperty({ description: bilingual('Obligación que el deudor discute', 'Account the debtor disputes'), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;

  @ApiPropertyOptional({ description: bilingual('Cuándo se presentó; por defecto ahora', 'When it was raised; now by default') })
  @IsOptional()
  @IsInstant()
  openedAt?: string;

  @ApiProperty({ description: bilingual('Motivo del reclamo', 'Reason of the claim') })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: bilingual('Referencia a la evidencia (radicado PQR, documento)', 'Evidence reference (complaint number, document)') })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence?: string;
}

export class CloseDisputeDto {
  @ApiProperty({ enum: DISPUTE_RESOLUTIONS, description: bilingual('Resultado del reclamo', 'Resolution of the claim') })
  @IsIn([...DISPUTE_RESOLUTIONS])
  resolution!: DisputeResolution;

  @ApiPropertyOptional({ description: bilingual('Cuándo se cerró; por defecto ahora', 'When it was closed; now by default') })
  @IsOptional()
  @IsInstant()
  closedAt?: string;

  @ApiPropertyOptional({ description: bilingual('Notas del cierre', 'Closing notes') })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class ListDisputesQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}
