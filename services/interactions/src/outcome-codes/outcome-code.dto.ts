import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { AGREEMENT_KINDS, AgreementKind, Channel, CHANNELS } from '@bitacora/contracts';
import { bilingual, IsUpperCode } from '../shared/validators';

export class DefineOutcomeCodeDto {
  @ApiProperty({ description: bilingual('Código nuevo en mayúsculas', 'New upper-case code'), example: 'PAYMENT_LINK_SENT' })
  @IsUpperCode()
  code!: string;

  @ApiProperty({ description: bilingual('Nombre en español', 'Spanish label'), example: 'Enlace de pago enviado' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEs!: string;

  @ApiProperty({ description: bilingual('Nombre en inglés', 'English label'), example: 'Payment link sent' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn!: string;

  @ApiProperty({ description: bilingual('Es un intento de contacto', 'Is a contact attempt') })
  @IsBoolean()
  isAttempt!: boolean;

  @ApiProperty({ description: bilingual('Hubo contacto directo con el titular', 'The right party was reached') })
  @IsBoolean()
  isRightPartyContact!: boolean;

  @ApiProperty({ description: bilingual('El titular presentó un reclamo; abre una disputa por cada obligación', 'The debtor disputes the debt; opens a dispute per account') })
  @IsBoolean()
  isDispute!: boolean;

  @ApiPropertyOptional({
    description: bilingual('Acuerdo que la gestión lleva: promesa o acuerdo de pago', 'Agreement the interaction carries: promise or payment plan'),
    enum: AGREEMENT_KINDS,
    nullable: true,
  })
  @IsOptional()
  @IsIn([...AGREEMENT_KINDS])
  agreementKind?: AgreementKind | null;

  @ApiPropertyOptional({ description: bilingual('Canales donde se puede usar; vacío para todos', 'Channels where it may be used; omit for every channel'), enum: CHANNELS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn([...CHANNELS], { each: true })
  channels?: Channel[];
}

export class ChangeOutcomeCodeDto {
  @ApiPropertyOptional({ description: bilingual('Nombre en español', 'Spanish label') })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEs?: string;

  @ApiPropertyOptional({ description: bilingual('Nombre en inglés', 'English label') })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  labelEn?: string;

  @ApiPropertyOptional({
    description: bilingual('Canales donde se puede usar; null para todos', 'Channels where it may be used; null for every channel'),
    enum: CHANNELS,
    isArray: true,
    nullable: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn([...CHANNELS], { each: true })
  channels?: Channel[] | null;

  @ApiPropertyOptional({ description: bilingual('Disponible para nuevas gestiones', 'Available for new interactions') })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListOutcomeCodesQuery {
  @ApiPropertyOptional({ description: bilingual('Solo los códigos usables en este canal', 'Only codes usable on this channel'), enum: CHANNELS })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ description: bilingual('Filtrar por disponibilidad: true o false', 'Filter by availability: true or false'), enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class OutcomeCodeView {
  @ApiProperty() code!: string;
  @ApiProperty() labelEs!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() isAttempt!: boolean;
  @ApiProperty() isRightPartyContact!: boolean;
  @ApiProperty() isPromise!: boolean;
  @ApiProperty() isDispute!: boolean;
  @ApiProperty({ enum: AGREEMENT_KINDS, nullable: true }) agreementKind!: AgreementKind | null;
  @ApiProperty({ enum: CHANNELS, isArray: true, nullable: true }) channels!: Channel[] | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() builtIn!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() updatedAt!: string;
}
