import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Channel, CHANNELS, Direction, DIRECTIONS, PARTY_ROLES, PartyRole, Purpose, PURPOSES } from '@bitacora/contracts';
import { PageQuery } from '../shared/page-query';
import { bilingual, IsBankId, IsInstant } from '../shared/validators';

export class CheckedPartyDto {
  @ApiPropertyOptional({
    description: bilingual('Id de la persona a contactar; por defecto el deudor cuando el rol es debtor', 'Id of the person to contact; defaults to the debtor when the role is debtor'),
    example: 'CC-1020304050',
  })
  @IsOptional()
  @IsBankId()
  id?: string;

  @ApiProperty({ description: bilingual('Rol de la persona frente a la deuda', "The person's role in the debt"), enum: PARTY_ROLES })
  @IsIn([...PARTY_ROLES])
  role!: PartyRole;
}

export class CheckContactDto {
  @ApiProperty({ description: bilingual('Id del deudor', 'Debtor id'), example: 'CC-1020304050' })
  @IsBankId()
  debtorId!: string;

  @ApiProperty({ description: bilingual('Persona que se contactaría', 'Person who would be contacted'), type: CheckedPartyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CheckedPartyDto)
  party!: CheckedPartyDto;

  @ApiProperty({ description: bilingual('Canal', 'Channel'), enum: CHANNELS })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({ description: bilingual('Propósito: cobranza o uno que no es cobranza (Ley 2300, art. 8)', 'Purpose: collection or a non-collection one (Ley 2300, art. 8)'), enum: PURPOSES })
  @IsIn([...PURPOSES])
  purpose!: Purpose;

  @ApiPropertyOptional({ description: bilingual('Dirección; por defecto outbound', 'Direction; outbound by default'), enum: DIRECTIONS })
  @IsOptional()
  @IsIn([...DIRECTIONS])
  direction?: Direction;

  @ApiPropertyOptional({ description: bilingual('Obligaciones de las que trataría el contacto', 'Accounts the contact would be about'), type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsBankId({ each: true })
  accountIds?: string[];

  @ApiPropertyOptional({ description: bilingual('Instante a evaluar; por defecto ahora', 'Instant to judge; now by default'), example: '2026-03-10T10:30:00-05:00' })
  @IsOptional()
  @IsInstant()
  instant?: string;
}

export class ListPolicyDecisionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['check', 'interaction'], description: bilingual('Origen de la decisión', 'Origin of the decision') })
  @IsOptional()
  @IsIn(['check', 'interaction'])
  origin?: 'check' | 'interaction';

  @ApiPropertyOptional({ enum: ['allowed', 'denied'], description: bilingual('Resultado', 'Outcome') })
  @IsOptional()
  @IsIn(['allowed', 'denied'])
  outcome?: 'allowed' | 'denied';

  @ApiPropertyOptional({ description: bilingual('Decididas antes de este instante (excluido)', 'Decided before this instant (exclusive)'), example: '2026-04-01T00:00:00-05:00' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
