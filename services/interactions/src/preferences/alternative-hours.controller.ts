import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlternativeHoursAuthorizedData } from '@bitacora/contracts';
import { unprocessable } from '@bitacora/http';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { pastInstantOf } from '../shared/instants';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { alternativeHoursProblems, AuthorizeAlternativeHoursDto } from './alternative-hours.dto';
import { PreferenceKinds, PreferenceRecord } from './preference-kinds';
import { ListPreferencesQuery, RevokePreferenceDto } from './preferences.dto';
import { PreferencesService } from './preferences.service';

/** Separately signed authorizations to be contacted outside the statutory hours (Ley 2300 de 2023, art. 3). */
@ApiTags('alternative-hours')
@Controller('v1')
export class AlternativeHoursController {
  constructor(private readonly preferences: PreferencesService) {}

  @Post('debtors/:debtorId/alternative-hours')
  @ApiOperation({ summary: 'Registrar una autorización de horario alternativo — Record an alternative-hours authorization' })
  @ApiHeader(ACTOR_HEADER_DOC)
  authorize(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Body() body: AuthorizeAlternativeHoursDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    const validFrom = pastInstantOf(body.validFrom, 'validFrom');
    const problems = alternativeHoursProblems(body, validFrom);
    if (problems.length > 0) {
      throw unprocessable('alternative_hours.invalid', {}, problems);
    }
    const windows = body.windows.map((window) => ({ weekdays: window.weekdays, start: window.start, end: window.end, includesPublicHolidays: window.includesPublicHolidays }));
    const validUntil = body.validUntil === undefined ? null : new Date(body.validUntil);
    const columns = { party_id: body.partyId, valid_from: validFrom, valid_until: validUntil, windows: JSON.stringify(windows), evidence: body.evidence };

    return this.preferences.record(PreferenceKinds.alternativeHours, debtorId, columns, meta, (record): AlternativeHoursAuthorizedData => ({
      authorizationId: record.id,
      debtorId,
      partyId: body.partyId,
      validFrom: validFrom.toISOString(),
      validUntil: validUntil?.toISOString() ?? null,
      windows,
      evidence: body.evidence,
    }));
  }

  @Post('alternative-hours/:authorizationId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una autorización de horario alternativo — Revoke an alternative-hours authorization' })
  @ApiHeader(ACTOR_HEADER_DOC)
  revoke(@Param('authorizationId', new UuidPipe('authorizationId')) authorizationId: string, @Body() body: RevokePreferenceDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    return this.preferences.revoke(PreferenceKinds.alternativeHours, authorizationId, body, meta);
  }

  @Get('debtors/:debtorId/alternative-hours')
  @ApiOperation({ summary: 'Historial de autorizaciones de horario — Alternative-hours history' })
  async list(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListPreferencesQuery): Promise<{ items: PreferenceRecord[] }> {
    return { items: await this.preferences.list(PreferenceKinds.alternativeHours, debtorId, query.partyId) };
  }
}
