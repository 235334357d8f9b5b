import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ForwardedHeaders } from '../http/api-headers';
import { bilingual } from '../http/api-text';
import { KpiQueries } from './kpi-queries';
import { KpiQuery } from './kpi-query.dto';
import { KpiReportView } from './kpi-view';

@ApiTags('indicadores / KPIs')
@Controller('internal/v1/kpis')
export class KpisController {
  constructor(private readonly queries: KpiQueries) {}

  @Get('promises')
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({
    summary: bilingual('Indicadores de promesas de un periodo', 'Promise KPIs of a period'),
    description: bilingual(
      'Sobre las promesas que vencen en el periodo: tasa de cumplimiento por cantidad y por valor, tasa de incumplimiento, participación de pagos tardíos y recaudo contra promesas; en total y por agente o cartera.',
      'Over the promises due in the period: kept rate by count and by amount, broken rate, paid-late share and amount collected against promises; overall and per agent or portfolio.',
    ),
  })
  @ApiOkResponse({ type: KpiReportView })
  report(@Query() query: KpiQuery): Promise<KpiReportView> {
    return this.queries.report(query);
  }
}
