import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequiredActor } from '../http/actor';
import { ForwardedHeaders } from '../http/api-headers';
import { bilingual } from '../http/api-text';
import { CancelRequest } from '../http/cancel-request.dto';
import { PromiseIdParams } from '../http/id-params';
import { CreatePromiseRequest } from './create-promise.dto';
import { ListPromisesQuery } from './list-promises.query';
import { PromiseCommands } from './promise-commands';
import { PromiseQueries } from './promise-queries';
import { PromiseDetailView, PromisePageView } from './promise-view';

@ApiTags('promesas / promises')
@Controller('internal/v1/promises')
export class PromisesController {
  constructor(
    private readonly commands: PromiseCommands,
    private readonly queries: PromiseQueries,
  ) {}

  @Post()
  @ForwardedHeaders({ actorRequired: true })
  @ApiOperation({
    summary: bilingual('Crear una promesa de pago', 'Create a payment promise'),
    description: bilingual(
      'Crea una promesa PENDING. Si la configuración lo indica, reemplaza (SUPERSEDED) las promesas pendientes de la obligación. Repetir la misma promesa con el mismo promiseId responde 200 sin cambios.',
      'Creates a PENDING promise. When configured, it replaces (SUPERSEDED) the account’s pending promises. Repeating the same promise with the same promiseId answers 200 and changes nothing.',
    ),
  })
  @ApiCreatedResponse({ type: PromiseDetailView })
  @ApiOkResponse({ type: PromiseDetailView, description: bilingual('La promesa ya existía igual.', 'The same promise already existed.') })
  @ApiUnprocessableEntityResponse({ description: bilingual('Incumple una regla; cada campo se nombra.', 'Breaks a rule; each field is named.') })
  @ApiConflictResponse({ description: bilingual('El promiseId ya existe con otros datos.', 'The promiseId exists with other data.') })
  async create(@Body() body: CreatePromiseRequest, @RequiredActor() actor: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PromiseDetailView> {
    const outcome = await this.commands.create(body, actor);
    void reply.status(outcome.duplicate ? 200 : 201);
    return outcome.view;
  }

  @Get()
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({
    summary: bilingual('Listar promesas', 'List promises'),
    description: bilingual(
      'Filtra por deudor, obligación, agente, cartera, estado y rango de vencimiento; ordena por vencimiento y pagina con cursor.',
      'Filters by debtor, account, agent, portfolio, status and due-date range; sorts by due date and pages with a cursor.',
    ),
  })
  @ApiOkResponse({ type: PromisePageView })
  list(@Query() query: ListPromisesQuery): Promise<PromisePageView> {
    return this.queries.list(query);
  }

  @Get(':promiseId')
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({ summary: bilingual('Consultar una promesa con sus pagos aplicados', 'Get a promise with the payments applied to it') })
  @ApiOkResponse({ type: PromiseDetailView })
  @ApiNotFoundResponse()
  get(@Param() params: PromiseIdParams): Promise<PromiseDetailView> {
    return this.queries.get(params.promiseId);
  }

  @Post(':promiseId/cancel')
  @HttpCode(200)
  @ForwardedHeaders({ actorRequired: true })
  @ApiOperation({
    summary: bilingual('Cancelar una promesa pendiente', 'Cancel a pending promise'),
    description: bilingual('Cancelar de nuevo una promesa cancelada no cambia nada.', 'Cancelling a cancelled promise again changes nothing.'),
  })
  @ApiOkResponse({ type: PromiseDetailView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: bilingual('La promesa ya no está pendiente.', 'The promise is no longer pending.') })
  async cancel(@Param() params: PromiseIdParams, @Body() body: CancelRequest, @RequiredActor() actor: string): Promise<PromiseDetailView> {
    return (await this.commands.cancel(params.promiseId, body, actor)).view;
  }
}
