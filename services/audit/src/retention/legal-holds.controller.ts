import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, ROOT_LOGGER } from '@bitacora/runtime';
import { AUDIT_SCHEMA_NAME } from '../tokens';
import { HoldParamsDto, LegalHoldListView, LegalHoldQueryDto, LegalHoldView, PlaceLegalHoldDto, ReleaseLegalHoldDto } from './legal-hold.dto';
import { listLegalHolds, placeLegalHold, releaseLegalHold } from './legal-hold-store';

@ApiTags('retention')
@Controller('v1/legal-holds')
export class LegalHoldsController {
  private readonly logger: Logger;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'LegalHoldsController' });
  }

  @Post()
  @ApiOperation({
    summary: 'Ordenar una retención legal / Place a legal hold',
    description:
      'Mientras esté activa, ninguna partición con registros del deudor puede purgarse, aunque haya vencido su plazo de conservación. ' +
      '/ While active, no partition holding records of the debtor may be purged, even after its retention period.',
  })
  @ApiCreatedResponse({ type: LegalHoldView })
  async place(@Body() body: PlaceLegalHoldDto): Promise<LegalHoldView> {
    const hold = await placeLegalHold(this.dataSource, this.schema, body);
    this.logger.info({ holdId: hold.holdId, debtorId: hold.debtorId, placedBy: hold.placedBy }, 'legal hold placed');
    return hold;
  }

  @Post(':holdId/release')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Levantar una retención legal / Release a legal hold',
    description: 'La retención queda en el historial con quién y cuándo la levantó. / The hold stays on record with who released it and when.',
  })
  @ApiOkResponse({ type: LegalHoldView })
  @ApiNotFoundResponse({ description: 'No existe. / Not found.' })
  @ApiConflictResponse({ description: 'Ya fue levantada. / Already released.' })
  async release(@Param() params: HoldParamsDto, @Body() body: ReleaseLegalHoldDto): Promise<LegalHoldView> {
    const hold = await releaseLegalHold(this.dataSource, this.schema, params.holdId, body.releasedBy, body.reason);
    this.logger.info({ holdId: hold.holdId, debtorId: hold.debtorId, releasedBy: hold.releasedBy }, 'legal hold released');
    return hold;
  }

  @Get()
  @ApiOperation({
    summary: 'Listar retenciones legales / List legal holds',
    description: 'Hasta 1000, en orden de creación. / Up to 1000, oldest first.',
  })
  @ApiOkResponse({ type: LegalHoldListView })
  async list(@Query() query: LegalHoldQueryDto): Promise<LegalHoldListView> {
    return { items: await listLegalHolds(this.dataSource, this.schema, query.debtorId, query.status ?? 'active') };
  }
}
