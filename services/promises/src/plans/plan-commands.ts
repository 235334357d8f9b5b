import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { DomainError, notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { runAccountCommand, type AccountCommandDependencies } from '../accounts/run-account-command';
import { basisPointsOfPercent } from '../common/percent';
import { installmentIdOf } from '../common/uuid-v5';
import {
  cancelPaymentPlan,
  createPaymentPlan,
  findPlan,
  type BusinessCalendar,
  type CreatePaymentPlanCommand,
  type PromisesSettings,
} from '../domain';
import type { CancelRequest } from '../http/cancel-request.dto';
import { commandContext } from '../http/command-context';
import { httpErrorOf, ruleMessageParams, type CommandOutcome } from '../http/domain-errors';
import { RequestAmounts } from '../http/request-amounts';
import { BUSINESS_CALENDAR, PROMISES_OPTIONS, PROMISES_SETTINGS, type ResolvedPromisesOptions } from '../module-options';
import type { CreatePlanRequest } from './create-plan.dto';
import { PlanQueries } from './plan-queries';
import type { PlanView } from './plan-view';

/** Creates and cancels payment plans through the API, one account transaction each. */
@Injectable()
export class PlanCommands {
  private readonly dependencies: AccountCommandDependencies;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) private readonly options: ResolvedPromisesOptions,
    @Inject(PROMISES_SETTINGS) private readonly settings: PromisesSettings,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: BusinessCalendar,
    private readonly queries: PlanQueries,
  ) {
    this.dependencies = { dataSource, schema: options.schema, eventsTopic: options.topics.promises };
  }

  async create(request: CreatePlanRequest, actor: string): Promise<CommandOutcome<PlanView>> {
    const now = this.options.clock();
    const command = this.commandOf(request);
    const creditType = command.creditType ?? this.settings.defaultCreditType;

    const result = await runAccountCommand(this.dependencies, {
      accountId: command.accountId,
      hints: { planIds: [command.planId] },
      decide: (state) => createPaymentPlan(state, command, { settings: this.settings, calendar: this.calendar, now }),
      context: commandContext(actor, now),
      prepare: (work) => {
        if (request.portfolioId !== undefined) work.portfolios.set(command.planId, request.portfolioId);
      },
      rejection: (errors) => httpErrorOf(errors, ruleMessageParams(this.settings, now, { id: command.planId, creditType })),
    });
    return { view: await this.queries.get(command.planId), duplicate: result.duplicate };
  }

  async cancel(planId: string, request: CancelRequest, actor: string): Promise<CommandOutcome<PlanView>> {
    const now = this.options.clock();
    const accountId = await this.accountOf(planId);

    const result = await runAccountCommand(this.dependencies, {
      accountId,
      hints: { planIds: [planId] },
      decide: (state) => cancelPaymentPlan(state, { planId, cancelledBy: actor, reason: request.reason }, now),
      context: commandContext(actor, now),
      rejection: (errors, state) => httpErrorOf(errors, ruleMessageParams(this.settings, now, { id: planId, status: findPlan(state, planId)?.status })),
    });
    return { view: await this.queries.get(planId), duplicate: result.duplicate };
  }

  /** Installments are numbered from 1 in the order given; their ids derive from the plan id, so a retried request repeats them. */
  private commandOf(request: CreatePlanRequest): CreatePaymentPlanCommand {
    const planId = request.planId ?? uuidv7();
    const currency = request.currency ?? this.settings.defaultCurrency;
    const amounts = new RequestAmounts(currency);
    const rate = request.annualInterestRate === undefined ? null : basisPointsOfPercent(request.annualInterestRate);
    if (rate !== null && !rate.exact) {
      throw new DomainError('request.invalid', 400, {}, [{ field: 'annualInterestRate', code: 'field.percent' }]);
    }

    const command: CreatePaymentPlanCommand = {
      planId,
      debtorId: request.debtorId,
      accountId: request.accountId,
      agentId: request.agentId,
      interactionId: request.interactionId ?? null,
      currency,
      totalAmount: amounts.read('totalAmount', request.totalAmount),
      downPayment:
        request.downPayment === undefined
          ? null
          : { installmentId: installmentIdOf(planId, 0), dueDate: request.downPayment.dueDate, amount: amounts.read('downPayment.amount', request.downPayment.amount) },
      installments: request.installments.map((installment, index) => ({
        installmentId: installmentIdOf(planId, index + 1),
        dueDate: installment.dueDate,
        amount: amounts.read(`installments[${index}].amount`, installment.amount),
      })),
      graceDays: request.graceDays,
      interestRateBasisPoints: rate?.basisPoints ?? null,
      creditType: request.creditType,
    };
    amounts.assertValid();
    return command;
  }

  private async accountOf(planId: string): Promise<string> {
    const [row]: { account_id: string }[] = await this.dataSource.query(`SELECT account_id FROM "${this.options.schema}".payment_plans WHERE id = $1`, [planId]);
    if (row === undefined) {
      throw notFound('promises.PLAN_NOT_FOUND', { id: planId });
    }
    return row.account_id;
  }
}
