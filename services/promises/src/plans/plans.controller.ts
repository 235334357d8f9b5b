import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequiredActor } from '../http/actor';
import { ForwardedHeaders } from '../http/api-headers';
import { bilingual } from '../http/api-text';
import { CancelRequest } from '../http/cancel-request.dto';
import { PlanIdParams } from '../http/id-params';
import { CreatePlanRequest } from './create-plan.dto';
import { ListPlansQuery } from './list-plans.query';
import { PlanCommands } from './plan-commands';
import { PlanQueries } from './plan-queries';
import { PlanPageView, PlanView } from './plan-view';

@ApiTags('acuerdos de pago / payment plans')
@Controller('internal/v1/payment-plans')
export class PlansController {
  constructor(
    private readonly commands: PlanCommands,
    private readonly queries: PlanQueries,
  ) {}

  @Post()
  @ForwardedHeaders({ actorRequired: true })
  @ApiOperation({
    summary: bilingual('Crear un acuerdo de pago', 'Create a payment plan'),
    description: bilingual(
      'Crea un acuerdo ACTIVE con sus cuotas. Valida valores positivos, fechas dentro del horizonte, suma de cuotas igual al total y la tasa frente a la usura. Repetir el mismo acuerdo con el mismo planId responde 200 sin cambios.',
      'Creates an ACTIVE plan with its installments. Checks positive amounts, due dates within the horizon, installments adding up to the total and the rate against the usury cap. Repeating the same plan with the same planId answers 200 and changes nothing.',
    ),
  })
  @ApiCreatedResponse({ type: PlanView })
  @ApiOkResponse({ type: PlanView, description: bilingual('El acuerdo ya existía igual.', 'The same plan already existed.') })
  @ApiUnprocessableEntityResponse({ description: bilingual('Incumple una regla; cada campo se nombra.', 'Breaks a rule; each field is named.') })
  @ApiConflictResponse({ description: bilingual('El planId ya existe con otros datos.', 'The planId exists with other data.') })
  async create(@Body() body: CreatePlanRequest, @RequiredActor() actor: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PlanView> {
    const outcome = await this.commands.create(body, actor);
    void reply.status(outcome.duplicate ? 200 : 201);
    return outcome.view;
  }

  @Get()
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({ summary: bilingual('Listar acuerdos con sus cuotas', 'List plans with their installments'), description: bilingual('Del más reciente al más antiguo, paginado con cursor.', 'Newest first, paged with a cursor.') })
  @ApiOkResponse({ type: PlanPageView })
  list(@Query() query: ListPlansQuery): Promise<PlanPageView> {
    return this.queries.list(query);
  }

  @Get(':planId')
  @ForwardedHeaders({ actorRequired: false })
  @ApiOperation({ summary: bilingual('Consultar un acuerdo con sus cuotas', 'Get a plan with its installments') })
  @ApiOkResponse({ type: PlanView })
  @ApiNotFoundResponse()
  get(@Param() params: PlanIdParams): Promise<PlanView> {
    return this.queries.get(params.planId);
  }

  @Post(':planId/cancel')
  @HttpCode(200)
  @ForwardedHeaders({ actorRequired: true })
  @ApiOperation({
    summary: bilingual('Cancelar un acuerdo activo', 'Cancel an active plan'),
    description: bilingual('Las cuotas pendientes quedan canceladas; las cumplidas e incumplidas se conservan.', 'Pending installments are cancelled; kept and missed ones stay as history.'),
  })
  @ApiOkResponse({ type: PlanView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: bilingual('El acuerdo ya no está activo.', 'The plan is no longer active.') })
  async cancel(@Param() params: PlanIdParams, @Body() body: CancelRequest, @RequiredActor() actor: string): Promise<PlanView> {
    return (await this.commands.cancel(params.planId, body, actor)).view;
  }
}
