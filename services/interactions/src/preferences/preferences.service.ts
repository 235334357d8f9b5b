import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { PreferenceEndedData } from '@bitacora/contracts';
import { conflict, notFound, unprocessable } from '@bitacora/http';
import { DATA_SOURCE } from '@bitacora/runtime';
import { EventWriter } from '../shared/event-writer';
import { pastInstantOf } from '../shared/instants';
import { RequestMeta } from '../shared/request-meta';
import { PreferenceKind, PreferenceRecord } from './preference-kinds';
import { PreferenceRecordsRepository } from './preference-records.repository';
import { RevokePreferenceDto } from './preferences.dto';

/** Records and revokes consents, opt-outs, alternative-hours authorizations and visit exceptions; nothing is deleted. */
@Injectable()
export class PreferencesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly records: PreferenceRecordsRepository,
    private readonly events: EventWriter,
  ) {}

  /**
   * Stores a record with `columns` (the kind's own columns and valid_from) and publishes the
   * kind's event, whose data `eventData` builds from the stored record.
   */
  async record(kind: PreferenceKind, debtorId: string, columns: Record<string, unknown>, meta: RequestMeta, eventData: (record: PreferenceRecord) => object): Promise<PreferenceRecord> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.records.insert(manager, kind, { id: uuidv7(), debtor_id: debtorId, ...columns, actor: meta.actor, request_id: meta.requestId ?? null });
      const accountId = typeof record.accountId === 'string' ? record.accountId : undefined;
      await this.events.append(manager, meta, [{ type: kind.recordedEvent, data: eventData(record), debtorId, accountId, subject: record.id }]);

      return record;
    });
  }

  async revoke(kind: PreferenceKind, id: string, input: RevokePreferenceDto, meta: RequestMeta): Promise<PreferenceRecord> {
    const revokedAt = pastInstantOf(input.revokedAt, 'revokedAt');

    return this.dataSource.transaction(async (manager) => {
      const current = await this.records.find(manager, kind, id);
      if (!current) {
        throw notFound(`${kind.code}.not_found`, { id });
      }
      if (current.revokedAt !== null) {
        throw conflict(`${kind.code}.already_revoked`, { id, revokedAt: current.revokedAt.toISOString() });
      }
      if (revokedAt < current.validFrom) {
        throw unprocessable('request.end_before_start', {}, [{ field: 'revokedAt', code: 'field.before_start', params: { start: current.validFrom.toISOString() } }]);
      }
      const revoked = await this.records.revoke(manager, kind, id, { revokedAt, reason: input.reason, actor: meta.actor, requestId: meta.requestId });
      const data: PreferenceEndedData = {
        recordId: id,
        debtorId: revoked.debtorId,
        endedAt: revokedAt.toISOString(),
        reason: input.reason,
        ...(revoked.partyId === undefined ? {} : { partyId: revoked.partyId }),
      };
      await this.events.append(manager, meta, [{ type: kind.revokedEvent, data, debtorId: revoked.debtorId, subject: id }]);

      return revoked;
    });
  }

  list(kind: PreferenceKind, debtorId: string, partyId: string | undefined): Promise<PreferenceRecord[]> {
    return this.records.listByDebtor(this.dataSource.manager, kind, debtorId, partyId);
  }
}
