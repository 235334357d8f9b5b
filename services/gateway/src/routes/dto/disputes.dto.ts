import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DISPUTE_RESOLUTIONS } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { UuidId } from './common.dto';
import { IsBankId, IsInstant } from './validators';

export class OpenDisputeDto {
  @ApiProperty({ description: bilingual('Obligación que el deudor discute; su cobranza se pausa mientras siga abierta.', 'Account the debtor disputes; its collection pauses while it stays open.'), example: 'CRED-0042-7781' })
  @IsBankId()
  accountId!: string;

  @ApiPropertyOptional({ description: bilingual('Cuándo se presentó; ahora si se omite.', 'When it was raised; now when omitted.'), example: '2026-03-10T10:30:00-05:00' })
  @IsOptional()
  @IsInstant()
  openedAt?: string;

  @ApiProperty({ description: bilingual('Motivo del reclamo.', 'Reason of the claim.'), example: 'El deudor afirma que la obligación ya fue pagada.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: bilingual('Referencia a la evidencia (radicado de la PQR, documento).', 'Evidence reference (complaint number, document).'), example: 'PQR-2026-000123' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence?: string;
}

export class CloseDisputeDto {
  @ApiProperty({ enum: DISPUTE_RESOLUTIONS, description: bilingual('Resultado del reclamo.', 'Resolution of the claim.'), example: 'rejected' })
  @IsIn([...DISPUTE_RESOLUTIONS])
  resolution!: (typeof DISPUTE_RESOLUTIONS)[number];

  @ApiPropertyOptional({ description: bilingual('Cuándo se cerró; ahora si se omite.', 'When it was closed; now when omitted.'), example: '2026-03-20T10:30:00-05:00' })
  @IsOptional()
  @IsInstant()
  closedAt?: string;

  @ApiPropertyOptional({ description: bilingual('Notas del cierre.', 'Closing notes.'), example: 'Se verificó el saldo con el core.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class ListDisputesQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'], description: bilingual('Solo abiertas o cerradas.', 'Only open or closed ones.') })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}

export class DisputeParamsDto {
  @UuidId('Id de la disputa.', 'Dispute id.')
  disputeId!: string;
}

export class DisputeDto {
  @ApiProperty({ format: 'uuid' }) disputeId!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiProperty({ example: 'CRED-0042-7781' }) accountId!: string;
  @ApiProperty() openedAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ type: String, nullable: true, description: bilingual('Gestión que la abrió, si la hubo.', 'Interaction that opened it, if any.') }) interactionId!: string | null;
  @ApiProperty({ example: 'agent:ag-17' }) actor!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: DISPUTE_RESOLUTIONS }) resolution!: string | null;
  @ApiProperty({ type: String, nullable: true }) closingNotes!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedBy!: string | null;
}

export class DisputeListDto {
  @ApiProperty({ type: [DisputeDto] }) items!: DisputeDto[];
}
