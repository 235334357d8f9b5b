import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AGREEMENT_KINDS, AgreementKind, Channel, CHANNELS } from '@bitacora/contracts';
import { bilingual } from '../../openapi/bilingual';
import { IsBusinessDate, IsUpperCode } from './validators';

export class DefineOutcomeCodeDto {
  @ApiProperty({ description: bilingual('Código nuevo en mayúsculas.', 'New upper-case code.'), example: 'PAYMENT_LINK_SENT' })
  @IsUpperCode()
  code!: string;

  @ApiProperty({ description: bilingual('Nombre en español.', 'Spanish label.'), example: 'Enlace de pago enviado' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEs!: string;

  @ApiProperty({ description: bilingual('Nombre en inglés.', 'English label.'), example: 'Payment link sent' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn!: string;

  @ApiProperty({ description: bilingual('Es un intento de contacto.', 'Is a contact attempt.'), example: true })
  @IsBoolean()
  isAttempt!: boolean;

  @ApiProperty({ description: bilingual('Hubo contacto directo con el titular.', 'The right party was reached.'), example: true })
  @IsBoolean()
  isRightPartyContact!: boolean;

  @ApiProperty({ description: bilingual('El titular presentó un reclamo: abre una disputa por cada obligación.', 'The debtor disputes the debt: opens a dispute per account.'), example: false })
  @IsBoolean()
  isDispute!: boolean;

  @ApiPropertyOptional({ enum: AGREEMENT_KINDS, nullable: true, description: bilingual('Acuerdo que la gestión lleva: promesa o acuerdo de pago.', 'Agreement the interaction carries: promise or payment plan.') })
  @IsOptional()
  @IsIn([...AGREEMENT_KINDS])
  agreementKind?: AgreementKind | null;

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: bilingual('Canales donde se puede usar; omítalo para todos.', 'Channels where it may be used; omit it for every channel.') })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn([...CHANNELS], { each: true })
  channels?: Channel[];
}

export class ChangeOutcomeCodeDto {
  @ApiPropertyOptional({ description: bilingual('Nombre en español.', 'Spanish label.'), example: 'Enlace de pago enviado por SMS' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEs?: string;

  @ApiPropertyOptional({ description: bilingual('Nombre en inglés.', 'English label.'), example: 'Payment link sent by SMS' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn?: string;

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, nullable: true, description: bilingual('Canales donde se puede usar; null para todos.', 'Channels where it may be used; null for every channel.') })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn([...CHANNELS], { each: true })
  channels?: Channel[] | null;

  @ApiPropertyOptional({ description: bilingual('Disponible para gestiones nuevas.', 'Available for new interactions.'), example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListOutcomeCodesQueryDto {
  @ApiPropertyOptional({ enum: CHANNELS, description: bilingual('Solo los usables en este canal.', 'Only codes usable on this channel.') })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: bilingual('Filtrar por disponibilidad.', 'Filter by availability.') })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class OutcomeCodeParamsDto {
  @ApiProperty({ description: bilingual('Código de resultado.', 'Outcome code.'), example: 'PROMISE_TO_PAY' })
  @IsUpperCode()
  code!: string;
}

export class OutcomeCodeDto {
  @ApiProperty({ example: 'PROMISE_TO_PAY' }) code!: string;
  @ApiProperty({ example: 'Promesa de pago' }) labelEs!: string;
  @ApiProperty({ example: 'Promise to pay' }) labelEn!: string;
  @ApiProperty() isAttempt!: boolean;
  @ApiProperty() isRightPartyContact!: boolean;
  @ApiProperty() isPromise!: boolean;
  @ApiProperty() isDispute!: boolean;
  @ApiProperty({ enum: AGREEMENT_KINDS, nullable: true, type: String }) agreementKind!: string | null;
  @ApiProperty({ enum: CHANNELS, isArray: true, nullable: true }) channels!: string[] | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: bilingual('Viene con la plataforma.', 'Ships with the platform.') }) builtIn!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() updatedAt!: string;
}

export class OutcomeCodeListDto {
  @ApiProperty({ type: [OutcomeCodeDto] }) items!: OutcomeCodeDto[];
}

export class HolidaysQueryDto {
  @ApiProperty({ description: bilingual('Año, de 1984 a 9998.', 'Year, 1984 to 9998.'), example: 2026, type: 'integer', minimum: 1984, maximum: 9998 })
  @Type(() => Number)
  @IsInt()
  @Min(1984)
  @Max(9998)
  year!: number;
}

export class HolidayDto {
  @ApiProperty({ example: '2026-07-13', format: 'date' }) date!: string;
  @ApiProperty({ type: [String], example: ['Nuestra Señora del Rosario de Chiquinquirá'] }) names!: string[];
}

export class HolidayCalendarDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [HolidayDto], description: bilingual('Festivos en Colombia (Ley 51 de 1983), con las correcciones del administrador.', 'Public holidays in Colombia (Ley 51 de 1983), with the administrator overrides.') }) holidays!: HolidayDto[];
}

export class RecordHolidayOverrideDto {
  @ApiProperty({ enum: ['add', 'remove'], description: bilingual('add agrega un festivo, remove quita uno.', 'add adds a holiday, remove removes one.'), example: 'add' })
  @IsIn(['add', 'remove'])
  action!: 'add' | 'remove';

  @ApiProperty({ description: bilingual('Fecha AAAA-MM-DD.', 'Date YYYY-MM-DD.'), example: '2027-07-12', format: 'date' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ description: bilingual('Nombre del festivo; obligatorio con add y prohibido con remove.', 'Holiday name; required with add and not allowed with remove.'), example: 'Festivo nuevo por ley' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ description: bilingual('Por qué se corrige el calendario (norma, fecha).', 'Why the calendar is corrected (law, date).'), example: 'Ley nueva publicada antes de la próxima versión.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class HolidayOverrideDto {
  @ApiProperty({ format: 'uuid' }) overrideId!: string;
  @ApiProperty({ enum: ['add', 'remove'] }) action!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty() actor!: string;
  @ApiProperty() recordedAt!: string;
}

export class HolidayOverrideListDto {
  @ApiProperty({ type: [HolidayOverrideDto] }) items!: HolidayOverrideDto[];
}
