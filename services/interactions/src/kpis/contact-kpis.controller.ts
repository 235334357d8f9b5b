import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@bitacora/runtime';
import { contactKpisOf, NO_COUNTS } from './contact-kpi-figures';
import { kpiPeriodOf } from './contact-kpi-period';
import { ContactKpiQuery } from './contact-kpi-query.dto';
import { ContactKpiReportView } from './contact-kpi-view';
import { ContactKpisRepository } from './contact-kpis.repository';

/** Contact KPIs of a period: attempts, right-party contacts, promises and contact-policy figures. */
@ApiTags('kpis')
@Controller('v1/kpis')
export class ContactKpisController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly kpis: ContactKpisRepository,
  ) {}

  @Get('contacts')
  @ApiOperation({
    summary: 'Indicadores de contacto de un periodo — Contact KPIs of a period',
    description:
      'Sobre las gestiones y consultas del periodo (fechas de Bogotá): intentos salientes de cobranza, contactos directos con el titular, promesas y acuerdos, ' +
      'consultas negadas y gestiones registradas en contra de la política; en total y por agente, canal o cartera (la asignada en el instante de la gestión). ' +
      '— Over the interactions and checks of the period (Bogota dates): outbound collection attempts, right-party contacts, promises and plans, ' +
      'denied checks and interactions recorded in breach of the policy; overall and per agent, channel or portfolio (the one assigned at the instant of the interaction).',
  })
  @ApiOkResponse({ type: ContactKpiReportView })
  async report(@Query() query: ContactKpiQuery): Promise<ContactKpiReportView> {
    const period = kpiPeriodOf(query.from, query.to);
    const asOf = new Date();
    const manager = this.dataSource.manager;
    const [overall, groups, accountsWithoutNextAction] = await Promise.all([
      this.kpis.countByGroup(manager, period, undefined),
      query.groupBy === undefined ? Promise.resolve([]) : this.kpis.countByGroup(manager, period, query.groupBy),
      this.kpis.countWithoutNextAction(manager, asOf),
    ]);

    const { key: _whole, ...overallCounts } = overall[0] ?? { key: '', ...NO_COUNTS };
    const report: ContactKpiReportView = {
      from: query.from,
      to: query.to,
      asOf: asOf.toISOString(),
      overall: { ...contactKpisOf(overallCounts), accountsWithoutNextAction },
      groups: groups.map(({ key, ...counts }) => ({ key, kpis: contactKpisOf(counts) })),
    };
    if (query.groupBy !== undefined) report.groupBy = query.groupBy;

    return report;
  }
}
