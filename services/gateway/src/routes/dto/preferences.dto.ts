import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, VISIT_EXCEPTION_KINDS, VisitExceptionKind } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { UuidId } from './common.dto';
import { IsBankId, IsInstant, IsLocalTime } from './validators';

const EVIDENCE = bilingual(
  'Referencia a la prueba (grabación, formulario firmado, id del mensaje); nunca el dato personal mismo.',
  'Reference to the proof (recording, signed form, message id); never the personal data itself.',
);

/** Fields every contact preference takes when it is recorded. */
export class PreferenceBaseDto {
  @ApiPropertyOptional({ description: bilingual('Desde cuándo vale; ahora si se omite.', 'Valid from; now when omitted.'), example: '2026-01-15T09:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  validFrom?: string;
}

export class GrantConsentDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que autoriza: deudor, codeudor o avalista.', 'Person who authorizes: debtor, co-debtor or guarantor.'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiProperty({ enum: CHANNELS, description: bilingual('Canal autorizado (Ley 2300 de 2023, art. 2).', 'Authorized channel (Ley 2300 de 2023, art. 2).'), example: 'whatsapp' })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({ description: EVIDENCE, example: 'FORM-2026-0042' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

export class RecordOptOutDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que no quiere ser contactada.', 'Person who does not want to be contacted.'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: bilingual('Canal; omítalo para todos los canales.', 'Channel; omit it for every channel.') })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ description: EVIDENCE, example: 'CALL-99813' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence?: string;

  @ApiPropertyOptional({ description: bilingual('Motivo que dio la persona.', 'Reason the person gave.'), example: 'Prefiere ser contactado por correo.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class AuthorizedWindowDto {
  @ApiProperty({ description: bilingual('Días ISO: 1 lunes … 7 domingo.', 'ISO weekdays: 1 Monday … 7 Sunday.'), example: [1, 2, 3, 4, 5], type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 } })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @ApiProperty({ description: bilingual('Hora de inicio en Bogotá, HH:MM.', 'Start, Bogota time, HH:MM.'), example: '19:00' })
  @IsLocalTime()
  start!: string;

  @ApiProperty({ description: bilingual('Hora de fin (excluida), HH:MM; 24:00 para medianoche.', 'End (exclusive), HH:MM; 24:00 for midnight.'), example: '21:00' })
  @IsLocalTime()
  end!: string;

  @ApiProperty({ description: bilingual('También aplica en festivos.', 'Also applies on public holidays.'), example: false })
  @IsBoolean()
  includesPublicHolidays!: boolean;
}

export class AuthorizeAlternativeHoursDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que firmó la autorización.', 'Person who signed the authorization.'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiPropertyOptional({ description: bilingual('Hasta cuándo vale (excluido); sin fin si se omite.', 'Valid until (exclusive); open-ended when omitted.'), example: '2026-12-31T23:59:59-05:00' })
  @IsOptional()
  @IsInstant()
  validUntil?: string;

  @ApiProperty({ type: [AuthorizedWindowDto], description: bilingual('Franjas autorizadas, de 1 a 14.', 'Authorized windows, 1 to 14.') })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => AuthorizedWindowDto)
  windows!: AuthorizedWindowDto[];

  @ApiProperty({ description: EVIDENCE, example: 'SIGNED-ALT-HOURS-0007' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

export class RecordVisitExceptionDto extends PreferenceBaseDto {
  @ApiProperty({ enum: VISIT_EXCEPTION_KINDS, description: bilingual('Condición que permite la visita (Ley 2300 de 2023, art. 6).', 'Condition that allows the visit (Ley 2300 de 2023, art. 6).'), example: 'microcredit' })
  @IsIn([...VISIT_EXCEPTION_KINDS])
  kind!: VisitExceptionKind;

  @ApiPropertyOptional({ description: bilingual('Obligación a la que aplica; omítala para todas.', 'Account it applies to; omit it for every account.'), example: 'CRED-0042-7781' })
  @IsOptional()
  @IsBankId()
  accountId?: string;

  @ApiProperty({ description: EVIDENCE, example: 'MICRO-CONTRACT-881' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

export class RevokePreferenceDto {
  @ApiPropertyOptional({ description: bilingual('Desde cuándo deja de valer; ahora si se omite.', 'When it stops applying; now when omitted.'), example: '2026-03-10T10:30:00-05:00' })
  @IsOptional()
  @IsInstant()
  revokedAt?: string;

  @ApiProperty({ description: bilingual('Motivo.', 'Reason.'), example: 'La persona retiró la autorización por escrito.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ListPreferencesQueryDto {
  @ApiPropertyOptional({ description: bilingual('Solo los de esta persona.', 'Only those of this person.'), example: 'CC-1020304050' })
  @IsOptional()
  @IsBankId()
  partyId?: string;
}

export class ConsentParamsDto {
  @UuidId('Id de la autorización.', 'Consent id.')
  consentId!: string;
}

export class OptOutParamsDto {
  @UuidId('Id de la solicitud de no contacto.', 'Opt-out id.')
  optOutId!: string;
}

export class AuthorizationParamsDto {
  @UuidId('Id de la autorización de horario alternativo.', 'Alternative-hours authorization id.')
  authorizationId!: string;
}

export class VisitExceptionParamsDto {
  @UuidId('Id de la excepción de visita.', 'Visit exception id.')
  exceptionId!: string;
}

/** A stored consent, opt-out, alternative-hours authorization or visit exception; kind-specific fields appear next to these. */
export class PreferenceRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CC-1020304050' }) debtorId!: string;
  @ApiPropertyOptional({ example: 'CC-1020304050' }) partyId?: string;
  @ApiProperty({ example: '2026-01-15T14:00:00.000Z' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true }) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revocationReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ example: 'agent:ag-17' }) actor!: string;
  @ApiProperty({ example: '2026-01-15T14:00:01.000Z' }) recordedAt!: string;
  @ApiProperty({ description: bilingual('Vigente ahora.', 'In force now.') }) active!: boolean;
}

export class PreferenceListDto {
  @ApiProperty({ type: [PreferenceRecordDto] }) items!: PreferenceRecordDto[];
}
