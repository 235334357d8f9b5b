import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Channel, CHANNELS, ContactConsentGrantedData } from '@bitacora/contracts';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { pastInstantOf } from '../shared/instants';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual, IsBankId } from '../shared/validators';
import { PreferenceKinds, PreferenceRecord } from './preference-kinds';
import { EVIDENCE_DESCRIPTION, ListPreferencesQuery, PreferenceBaseDto, RevokePreferenceDto } from './preferences.dto';
import { PreferencesService } from './preferences.service';

export class GrantConsentDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que autoriza (deudor, codeudor, avalista)', 'Person who authorizes (debtor, co-debtor, guarantor)'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiProperty({ enum: CHANNELS, description: bilingual('Canal autorizado (Ley 2300 de 2023, art. 2)', 'Authorized channel (Ley 2300 de 2023, art. 2)') })
  @IsIn([...CHANNELS])
  channel!: Channel;

  @ApiProperty({ description: EVIDENCE_DESCRIPTION })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

/** Authorizations to be contacted on a channel (Ley 2300 de 2023, art. 2). */
@ApiTags('consents')
@Controller('v1')
export class ConsentsController {
  constructor(private readonly preferences: PreferencesService) {}

  @Post('debtors/:debtorId/consents')
  @ApiOperation({ summary: 'Registrar la autorización de un canal — Record a channel authorization' })
  @ApiHeader(ACTOR_HEADER_DOC)
  grant(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Body() body: GrantConsentDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    const validFrom = pastInstantOf(body.validFrom, 'validFrom');
    const columns = { party_id: body.partyId, channel: body.channel, valid_from: validFrom, evidence: body.evidence };

    return this.preferences.record(PreferenceKinds.consent, debtorId, columns, meta, (record): ContactConsentGrantedData => ({
      consentId: record.id,
      debtorId,
      partyId: body.partyId,
      channel: body.channel,
      grantedAt: validFrom.toISOString(),
      evidence: body.evidence,
    }));
  }

  @Post('consents/:consentId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una autorización — Revoke an authorization' })
  @ApiHeader(ACTOR_HEADER_DOC)
  revoke(@Param('consentId', new UuidPipe('consentId')) consentId: string, @Body() body: RevokePreferenceDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    return this.preferences.revoke(PreferenceKinds.consent, consentId, body, meta);
  }

  @Get('debtors/:debtorId/consents')
  @ApiOperation({ summary: 'Historial de autorizaciones — Authorization history' })
  async list(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListPreferencesQuery): Promise<{ items: PreferenceRecord[] }> {
    return { items: await this.preferences.list(PreferenceKinds.consent, debtorId, query.partyId) };
  }
}
