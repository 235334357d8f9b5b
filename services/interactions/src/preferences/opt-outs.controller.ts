import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Channel, CHANNELS, ContactOptOutRecordedData } from '@bitacora/contracts';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { pastInstantOf } from '../shared/instants';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual, IsBankId } from '../shared/validators';
import { PreferenceKinds, PreferenceRecord } from './preference-kinds';
import { EVIDENCE_DESCRIPTION, ListPreferencesQuery, PreferenceBaseDto, RevokePreferenceDto } from './preferences.dto';
import { PreferencesService } from './preferences.service';

export class RecordOptOutDto extends PreferenceBaseDto {
  @ApiProperty({ description: bilingual('Persona que no quiere ser contactada', 'Person who does not want to be contacted'), example: 'CC-1020304050' })
  @IsBankId()
  partyId!: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: bilingual('Canal; omítalo para todos los canales', 'Channel; omit it for every channel') })
  @IsOptional()
  @IsIn([...CHANNELS])
  channel?: Channel;

  @ApiPropertyOptional({ description: EVIDENCE_DESCRIPTION })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence?: string;

  @ApiPropertyOptional({ description: bilingual('Motivo que dio la persona', 'Reason the person gave') })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

/** Requests not to be contacted on a channel or on any channel. */
@ApiTags('opt-outs')
@Controller('v1')
export class OptOutsController {
  constructor(private readonly preferences: PreferencesService) {}

  @Post('debtors/:debtorId/opt-outs')
  @ApiOperation({ summary: 'Registrar que una persona no quiere ser contactada — Record an opt-out' })
  @ApiHeader(ACTOR_HEADER_DOC)
  record(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Body() body: RecordOptOutDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    const validFrom = pastInstantOf(body.validFrom, 'validFrom');
    const columns = { party_id: body.partyId, channel: body.channel ?? null, valid_from: validFrom, evidence: body.evidence ?? null, reason: body.reason ?? null };

    return this.preferences.record(PreferenceKinds.optOut, debtorId, columns, meta, (record): ContactOptOutRecordedData => ({
      optOutId: record.id,
      debtorId,
      partyId: body.partyId,
      channel: body.channel ?? null,
      requestedAt: validFrom.toISOString(),
      ...(body.evidence === undefined ? {} : { evidence: body.evidence }),
      ...(body.reason === undefined ? {} : { reason: body.reason }),
    }));
  }

  @Post('opt-outs/:optOutId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retirar la solicitud de no contacto — Withdraw an opt-out' })
  @ApiHeader(ACTOR_HEADER_DOC)
  revoke(@Param('optOutId', new UuidPipe('optOutId')) optOutId: string, @Body() body: RevokePreferenceDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    return this.preferences.revoke(PreferenceKinds.optOut, optOutId, body, meta);
  }

  @Get('debtors/:debtorId/opt-outs')
  @ApiOperation({ summary: 'Historial de solicitudes de no contacto — Opt-out history' })
  async list(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListPreferencesQuery): Promise<{ items: PreferenceRecord[] }> {
    return { items: await this.preferences.list(PreferenceKinds.optOut, debtorId, query.partyId) };
  }
}
