import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { bilingual } from '../../openapi/bilingual';
import { UuidId } from './common.dto';
import { IsBankId } from './validators';

const PARTITION = /^ledger_records_p\d{6}$/;

export class PlaceLegalHoldDto {
  @ApiProperty({ description: bilingual('Deudor cuya historia no puede purgarse mientras la retención esté activa.', 'Debtor whose history may not be purged while the hold is active.'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Motivo de la retención.', 'Reason for the hold.'), example: 'PQR 2026-000123 en trámite', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: bilingual('Radicado de la PQR, proceso o requerimiento.', 'Complaint, case or request reference.'), example: 'SFC-2026-55012', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caseReference?: string;
}

export class ReleaseLegalHoldDto {
  @ApiProperty({ description: bilingual('Motivo del levantamiento.', 'Reason for the release.'), example: 'PQR cerrada con respuesta de fondo', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class LegalHoldParamsDto {
  @UuidId('Id de la retención legal.', 'Legal hold id.')
  holdId!: string;
}

export class LegalHoldQueryDto {
  @ApiPropertyOptional({ description: bilingual('Solo este deudor.', 'Only this debtor.'), example: 'CC-1020304050' })
  @IsOptional()
  @IsBankId()
  debtorId?: string;

  @ApiPropertyOptional({ description: bilingual('active (predeterminado), released o all.', 'active (default), released or all.'), enum: ['active', 'released', 'all'] })
  @IsOptional()
  @IsIn(['active', 'released', 'all'])
  status?: 'active' | 'released' | 'all';
}

export class LegalHoldDto {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true }) caseReference!: string | null;
  @ApiProperty({ description: bilingual('Quién la ordenó, como tipo:id.', 'Who placed it, as kind:id.'), example: 'client:compliance-desk' }) placedBy!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ type: String, nullable: true }) releasedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) releasedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) releaseReason!: string | null;
  @ApiProperty({ description: bilingual('true mientras no se levante.', 'true until released.') }) active!: boolean;
}

export class LegalHoldListDto {
  @ApiProperty({ type: [LegalHoldDto] }) items!: LegalHoldDto[];
}


export class PurgeDecisionDto {
  @ApiProperty({ example: 'ledger_records_p202603' }) partition!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: bilingual('Conservar al menos hasta esta fecha.', 'Keep at least until this date.') }) keepUntil!: string;
  @ApiProperty({ description: bilingual('true solo si venció el plazo y ningún deudor con registros allí tiene retención legal activa.', 'true only when the period is over and no debtor with records there has an active legal hold.') })
  purgeAllowed!: boolean;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: bilingual('RETENTION_PERIOD_NOT_OVER (con keepUntil) o LEGAL_HOLD (con debtorIds).', 'RETENTION_PERIOD_NOT_OVER (with keepUntil) or LEGAL_HOLD (with debtorIds).'),
  })
  refusals!: Record<string, unknown>[];
}

export class RetentionDto {
  @ApiProperty({ description: bilingual('Años de conservación (Ley 962 de 2005, art. 28).', 'Retention years (Ley 962 de 2005, art. 28).'), example: 10 }) retentionYears!: number;
  @ApiProperty({ type: [PurgeDecisionDto] }) partitions!: PurgeDecisionDto[];
}

export class PartitionParamsDto {
  @ApiProperty({ description: bilingual('Partición del libro.', 'Ledger partition.'), example: 'ledger_records_p202603' })
  @Matches(PARTITION, { message: 'field.pattern' })
  partition!: string;
}
