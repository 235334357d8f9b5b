import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { VISIT_EXCEPTION_KINDS, VisitExceptionKind, VisitExceptionRecordedData } from '@bitacora/contracts';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { pastInstantOf } from '../shared/instants';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { bilingual, IsBankId } from '../shared/validators';
import { PreferenceKinds, PreferenceRecord } from './preference-kinds';
import { EVIDENCE_DESCRIPTION, PreferenceBaseDto, RevokePreferenceDto } from './preferences.dto';
import { PreferencesService } from './preferences.service';

export class RecordVisitExceptionDto extends PreferenceBaseDto {
  @ApiProperty({ enum: VISIT_EXCEPTION_KINDS, description: bilingual('Condición que permite la visita (Ley 2300 de 2023, art. 6)', 'Condition that allows the visit (Ley 2300 de 2023, art. 6)') })
  @IsIn([...VISIT_EXCEPTION_KINDS])
  kind!: VisitExceptionKind;

  @ApiPropertyOptional({ description: bilingual('Obligación a la que aplica; omítala para todas', 'Account it applies to; omit it for every account') })
  @IsOptional()
  @IsBankId()
  accountId?: string;

  @ApiProperty({ description: EVIDENCE_DESCRIPTION })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidence!: string;
}

/** Recorded conditions under which a collection visit is allowed (Ley 2300 de 2023, art. 6). */
@ApiTags('visit-exceptions')
@Controller('v1')
export class VisitExceptionsController {
  constructor(private readonly preferences: PreferencesService) {}

  @Post('debtors/:debtorId/visit-exceptions')
  @ApiOperation({ summary: 'Registrar una excepción que permite visitas — Record a visit exception' })
  @ApiHeader(ACTOR_HEADER_DOC)
  record(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Body() body: RecordVisitExceptionDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    const validFrom = pastInstantOf(body.validFrom, 'validFrom');
    const columns = { kind: body.kind, account_id: body.accountId ?? null, valid_from: validFrom, evidence: body.evidence };

    return this.preferences.record(PreferenceKinds.visitException, debtorId, columns, meta, (record): VisitExceptionRecordedData => ({
      exceptionId: record.id,
      debtorId,
      kind: body.kind,
      accountId: body.accountId ?? null,
      recordedAt: validFrom.toISOString(),
      evidence: body.evidence,
    }));
  }

  @Post('visit-exceptions/:exceptionId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una excepción de visita — Revoke a visit exception' })
  @ApiHeader(ACTOR_HEADER_DOC)
  revoke(@Param('exceptionId', new UuidPipe('exceptionId')) exceptionId: string, @Body() body: RevokePreferenceDto, @Meta() meta: RequestMeta): Promise<PreferenceRecord> {
    return this.preferences.revoke(PreferenceKinds.visitException, exceptionId, body, meta);
  }

  @Get('debtors/:debtorId/visit-exceptions')
  @ApiOperation({ summary: 'Historial de excepciones de visita — Visit exception history' })
  async list(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string): Promise<{ items: PreferenceRecord[] }> {
    return { items: await this.preferences.list(PreferenceKinds.visitException, debtorId, undefined) };
  }
}
