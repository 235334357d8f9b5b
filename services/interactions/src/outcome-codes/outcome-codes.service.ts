import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { InteractionEventTypes } from '@bitacora/contracts';
import { conflict, notFound, unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { EventWriter } from '../shared/event-writer';
import { RequestMeta } from '../shared/request-meta';
import { ChangeOutcomeCodeDto, DefineOutcomeCodeDto, OutcomeCodeView } from './outcome-code.dto';
import { OutcomeCode, outcomeCodeEventData } from './outcome-code';
import { OutcomeCodesRepository } from './outcome-codes.repository';

export function outcomeCodeView(outcome: OutcomeCode): OutcomeCodeView {
  return { ...outcomeCodeEventData(outcome), builtIn: outcome.builtIn, updatedAt: outcome.updatedAt.toISOString() };
}

/** Lets administrators extend the outcome catalog and restrict codes per channel; codes are never deleted. */
@Injectable()
export class OutcomeCodesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly repository: OutcomeCodesRepository,
    private readonly events: EventWriter,
  ) {}

  async define(input: DefineOutcomeCodeDto, meta: RequestMeta): Promise<OutcomeCodeView> {
    const agreementKind = input.agreementKind ?? null;
    if (agreementKind !== null && !input.isRightPartyContact) {
      throw unprocessable('outcome_code.agreement_needs_right_party', {}, [{ field: 'isRightPartyContact', code: 'field.must_be_true' }]);
    }

    return this.dataSource.transaction(async (manager) => {
      const created = await this.repository.insert(
        manager,
        { ...input, agreementKind, channels: input.channels ?? null, active: true },
        meta.actor,
      );
      if (!created) {
        throw conflict('outcome_code.exists', { code: input.code });
      }
      await this.events.append(manager, meta, [
        { type: InteractionEventTypes.outcomeCodeDefined, data: outcomeCodeEventData(created), subject: created.code },
      ]);

      return outcomeCodeView(created);
    });
  }

  async change(code: string, input: ChangeOutcomeCodeDto, meta: RequestMeta): Promise<OutcomeCodeView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.find(manager, code, { forUpdate: true });
      if (!current) {
        throw notFound('outcome_code.not_found', { code });
      }
      const channels = Object.hasOwn(input, 'channels') ? (input.channels ?? null) : current.channels;
      const changed = await this.repository.update(
        manager,
        { ...current, labelEs: input.labelEs ?? current.labelEs, labelEn: input.labelEn ?? current.labelEn, channels, active: input.active ?? current.active },
        meta.actor,
      );
      await this.events.append(manager, meta, [
        { type: InteractionEventTypes.outcomeCodeChanged, data: outcomeCodeEventData(changed), subject: changed.code },
      ]);

      return outcomeCodeView(changed);
    });
  }
}
