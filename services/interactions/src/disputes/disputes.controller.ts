import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { BankIdPipe, UuidPipe } from '../shared/param-pipes';
import { Meta, RequestMeta } from '../shared/request-meta';
import { CloseDisputeDto, ListDisputesQuery, OpenDisputeDto } from './disputes.dto';
import { DisputeRecord, DisputesRepository } from './disputes.repository';
import { DisputesService } from './disputes.service';

@ApiTags('disputes')
@Controller('v1')
export class DisputesController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly disputes: DisputesRepository,
    private readonly service: DisputesService,
  ) {}

  @Post('debtors/:debtorId/disputes')
  @ApiOperation({ summary: 'Abrir una disputa: pausa la cobranza de la obligación — Open a dispute: pauses collection of the account' })
  @ApiHeader(ACTOR_HEADER_DOC)
  open(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Body() body: OpenDisputeDto, @Meta() meta: RequestMeta): Promise<DisputeRecord> {
    return this.service.open(debtorId, body, meta);
  }

  @Post('disputes/:disputeId/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cerrar una disputa — Close a dispute' })
  @ApiHeader(ACTOR_HEADER_DOC)
  close(@Param('disputeId', new UuidPipe('disputeId')) disputeId: string, @Body() body: CloseDisputeDto, @Meta() meta: RequestMeta): Promise<DisputeRecord> {
    return this.service.close(disputeId, body, meta);
  }

  @Get('debtors/:debtorId/disputes')
  @ApiOperation({ summary: 'Disputas del deudor, abiertas y cerradas — The debtor’s disputes, open and closed' })
  async list(@Param('debtorId', new BankIdPipe('debtorId')) debtorId: string, @Query() query: ListDisputesQuery): Promise<{ items: DisputeRecord[] }> {
    return { items: await this.disputes.listByDebtor(this.dataSource.manager, debtorId, query.status) };
  }
}
