import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export const DEBTOR_ID_PATTERN = /^[A-Za-z0-9._:/-]{1,100}$/;
/** Acting party as kind:id, the form of the CloudEvents `actor` attribute. */
const ACTOR_PATTERN = /^[a-z_]+:[^\s]{1,190}$/;

export class PlaceLegalHoldDto {
  @ApiProperty({ description: 'Deudor cuya historia no puede purgarse. / Debtor whose history may not be purged.', example: 'CC-1020304050' })
  @Matches(DEBTOR_ID_PATTERN, { message: 'field.pattern' })
  debtorId!: string;

  @ApiProperty({ description: 'Motivo de la retención. / Reason for the hold.', example: 'PQR 2026-000123 en trámite', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Radicado de la PQR, proceso o requerimiento. / Complaint, case or request reference.', example: 'SFC-2026-55012', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caseReference?: string;

  @ApiProperty({ description: 'Quién la ordena, como tipo:id. / Who places it, as kind:id.', example: 'compliance:mrojas' })
  @Matches(ACTOR_PATTERN, { message: 'field.pattern' })
  placedBy!: string;
}

export class ReleaseLegalHoldDto {
  @ApiProperty({ description: 'Quién la levanta, como tipo:id. / Who releases it, as kind:id.', example: 'compliance:mrojas' })
  @Matches(ACTOR_PATTERN, { message: 'field.pattern' })
  releasedBy!: string;

  @ApiProperty({ description: 'Motivo del levantamiento. / Reason for the release.', example: 'PQR cerrada con respuesta de fondo', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class HoldParamsDto {
  @IsUUID('all', { message: 'field.uuid' })
  holdId!: string;
}

export class LegalHoldQueryDto {
  @ApiPropertyOptional({ description: 'Solo este deudor. / Only this debtor.' })
  @IsOptional()
  @Matches(DEBTOR_ID_PATTERN, { message: 'field.pattern' })
  debtorId?: string;

  @ApiPropertyOptional({ description: 'active (por defecto), released o all. / active (default), released or all.', enum: ['active', 'released', 'all'] })
  @IsOptional()
  @IsIn(['active', 'released', 'all'])
  status?: 'active' | 'released' | 'all';
}

export class LegalHoldView {
  @ApiProperty() holdId!: string;
  @ApiProperty() debtorId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String }) caseReference!: string | null;
  @ApiProperty() placedBy!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ nullable: true, type: String }) releasedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) releasedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) releaseReason!: string | null;
  @ApiProperty({ description: 'true mientras no se levante. / true until released.' }) active!: boolean;
}

export class LegalHoldListView {
  @ApiProperty({ type: [LegalHoldView] })
  items!: LegalHoldView[];
}
