import { Body, Controller, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { ACTOR_HEADER_DOC } from '../shared/api-docs';
import { Meta, RequestMeta } from '../shared/request-meta';
import { ChangeOutcomeCodeDto, DefineOutcomeCodeDto, ListOutcomeCodesQuery, OutcomeCodeView } from './outcome-code.dto';
import { OutcomeCodesRepository } from './outcome-codes.repository';
import { outcomeCodeView, OutcomeCodesService } from './outcome-codes.service';

@ApiTags('outcome-codes')
@Controller('v1/outcome-codes')
export class OutcomeCodesController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly repository: OutcomeCodesRepository,
    private readonly service: OutcomeCodesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Catálogo de resultados de gestión — Outcome code catalog' })
  @ApiOkResponse({ type: OutcomeCodeView, isArray: true })
  async list(@Query() query: ListOutcomeCodesQuery): Promise<{ items: OutcomeCodeView[] }> {
    const active = query.active === undefined ? undefined : query.active === 'true';
    const codes = await this.repository.list(this.dataSource.manager, { channel: query.channel, active });

    return { items: codes.map(outcomeCodeView) };
  }

  @Post()
  @ApiOperation({ summary: 'Agregar un resultado al catálogo — Add an outcome code' })
  @ApiHeader(ACTOR_HEADER_DOC)
  @ApiCreatedResponse({ type: OutcomeCodeView })
  define(@Body() body: DefineOutcomeCodeDto, @Meta() meta: RequestMeta): Promise<OutcomeCodeView> {
    return this.service.define(body, meta);
  }

  @Patch(':code')
  @ApiOperation({ summary: 'Cambiar nombres, canales o disponibilidad — Change labels, channels or availability' })
  @ApiHeader(ACTOR_HEADER_DOC)
  @ApiOkResponse({ type: OutcomeCodeView })
  change(@Param('code') code: string, @Body() body: ChangeOutcomeCodeDto, @Meta() meta: RequestMeta): Promise<OutcomeCodeView> {
    return this.service.change(code, body, meta);
  }
}
