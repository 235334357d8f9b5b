import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { rolesAllowedFor } from '../auth/role-matrix';
import { RouteIdentity } from '../auth/route-id.decorator';
import { documentRoute } from '../openapi/document-route';
import { API_TAGS } from '../routes/route-definition';
import { DebtorParamsDto } from '../routes/dto/common.dto';
import { TimelinePageDto, TimelineQueryDto } from './timeline.dto';
import { TimelineService } from './timeline.service';

@Controller()
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get('/v1/debtors/:debtorId/timeline')
  @RouteIdentity('timeline.get')
  @documentRoute({
    operationId: 'timeline.get',
    method: 'GET',
    tag: API_TAGS.timeline,
    summary: { es: 'Historial completo de un deudor', en: "A debtor's complete history" },
    description: {
      es: 'Interacciones, enmiendas, decisiones de política de contacto, promesas y sus cambios de estado, acuerdos de pago, pagos y aplicaciones, en un solo orden del más reciente al más antiguo, con paginación por cursor.',
      en: 'Interactions, amendments, contact-policy decisions, promises and their status changes, payment plans, payments and allocations, in one order from newest to oldest, with cursor pagination.',
    },
    roles: rolesAllowedFor('timeline.get'),
    response: { status: 200, type: TimelinePageDto, description: { es: 'Una página del historial.', en: 'One page of the history.' } },
    errors: [],
    readsDebtorData: true,
  })
  async get(@Req() request: FastifyRequest, @Param() params: DebtorParamsDto, @Query() query: TimelineQueryDto): Promise<TimelinePageDto> {
    const page = await this.timeline.page(request, params.debtorId, query);
    return { debtorId: params.debtorId, items: page.items, nextCursor: page.nextCursor };
  }
}
