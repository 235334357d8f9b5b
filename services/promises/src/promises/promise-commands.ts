import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { notFound } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { runAccountCommand, type AccountCommandDependencies } from '../accounts/run-account-command';
import {
  cancelPromise,
  createPromise,
  findPromise,
  type BusinessCalendar,
  type CreatePromiseCommand,
  type PromisesSettings,
} from '../domain';
import { commandContext } from '../http/command-context';
import { httpErrorOf, ruleMessageParams, type CommandOutcome } from '../http/domain-errors';
import { RequestAmounts } from '../http/request-amounts';
import { BUSINESS_CALENDAR, PROMISES_OPTIONS, PROMISES_SETTINGS, type ResolvedPromisesOptions } from '../module-options';
import type { CancelRequest } from '../http/cancel-request.dto';
import type { CreatePromiseRequest } from './create-promise.dto';
import { PromiseQueries } from './promise-queries';
import type { PromiseDetailView } from './promise-view';

/** Creates and cancels promises through the API, one account transaction each. */
@Injectable()
export class PromiseCommands {
  private readonly dependencies: AccountCommandDependencies;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROMISES_OPTIONS) private readonly options: ResolvedPromisesOptions,
    @Inject(PROMISES_SETTINGS) private readonly settings: PromisesSettings,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: BusinessCalendar,
    private readonly queries: PromiseQueries,
  ) {
    this.dependencies = { dataSource, schema: options.schema, eventsTopic: options.topics.promises };
  }

  async create(request: CreatePromiseRequest, actor: string): Promise<CommandOutcome<PromiseDetailView>> {
    const now = this.options.clock();
    const currency = request.currency ?? this.settings.defaultCurrency;
    const amounts = new RequestAmounts(currency);
    const command: CreatePromiseCommand = {
      promiseId: request.promiseId ?? uuidv7(),
      debtorId: request.debtorId,
      accountId: request.accountId,
      agentId: request.agentId,
      interactionId: request.interactionId ?? null,
      amount: amounts.read('amount', request.amount),
      currency,
      dueDate: request.dueDate,
      graceDays: request.graceDays,
    };
    amounts.assertValid();

    const result = await runAccountCommand(this.dependencies, {
      accountId: command.accountId,
      hints: { promiseIds: [command.promiseId] },
      decide: (state) => createPromise(state, command, { settings: this.settings, calendar: this.calendar, now }),
      context: commandContext(actor, now),
      prepare: (work) => {
        if (request.portfolioId !== undefined) work.portfolios.set(command.promiseId, request.portfolioId);
      },
      rejection: (errors) => httpErrorOf(errors, this.messageParams(now, { id: command.promiseId })),
    });
    return { view: await this.queries.get(command.promiseId), duplicate: result.duplicate };
  }

  async cancel(promiseId: string, request: CancelRequest, actor: string): Promise<CommandOutcome<PromiseDetailView>> {
    const now = this.options.clock();
    const accountId = await this.accountOf(promiseId);

    const result = await runAccountCommand(this.dependencies, {
      accountId,
      hints: { promiseIds: [promiseId] },
      decide: (state) => cancelPromise(state, { promiseId, cancelledBy: actor, reason: request.reason }, now),
      context: commandContext(actor, now),
      rejection: (errors, state) => httpErrorOf(errors, this.messageParams(now, { id: promiseId, status: findPromise(state, promiseId)?.status })),
    });
    return { view: await this.queries.get(promiseId), duplicate: result.duplicate };
  }

  private async accountOf(promiseId: string): Promise<string> {
    const [row]: { account_id: string }[] = await this.dataSource.query(`SELECT account_id FROM "${this.options.schema}".promises WHERE id = $1`, [promiseId]);
    if (row === undefined) {
      throw notFound('promises.PROMISE_NOT_FOUND', { id: promiseId });
    }
    return row.account_id;
  }

  private messageParams(now: Date, extra: Record<string, unknown>): Record<string, unknown> {
    return ruleMessageParams(this.settings, now, extra);
  }
}
