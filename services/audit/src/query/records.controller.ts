import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { DomainError } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { AUDIT_SCHEMA_NAME } from '../tokens';
import { findRecords, type RecordFilter } from './find-records';
import { decodeCursor } from './record-cursor';
import { RecordQueryDto } from './record-query.dto';
import { RecordPageView } from './record-view.dto';

const DEFAULT_PAGE_SIZE = 100;

@ApiTags('ledger')
@Controller('v1/ledger/records')
export class RecordsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Consultar registros del libro / Query ledger records',
    description:
      'Registros en orden de sellado (instante, cadena, secuencia), filtrados por deudor, obligación, actor, tipo de evento, cadena y rango de tiempo, ' +
      'con paginación por cursor. / Records in sealing order (instant, chain, sequence), filtered by debtor, account, actor, event type, chain and ' +
      'time range, with cursor pagination.',
  })
  @ApiOkResponse({ type: RecordPageView })
  async list(@Query() query: RecordQueryDto): Promise<RecordPageView> {
    return findRecords(this.dataSource, this.schema, toFilter(query));
  }
}

export function toFilter(query: RecordQueryDto): RecordFilter {
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new DomainError('audit.time_range_invalid', 400, { from: query.from, to: query.to }, [
      { field: 'to', code: 'audit.time_range_invalid', params: { from: query.from, to: query.to } },
    ]);
  }

  return {
    debtorId: query.debtorId,
    accountId: query.accountId,
    actor: query.actor,
    eventType: query.eventType,
    chainId: query.chainId,
    from,
    to,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
  };
}
