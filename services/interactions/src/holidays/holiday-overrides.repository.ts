import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HolidayCalendar, HolidayOverride } from '@bitacora/domain';
import { TABLES, Tables } from '../shared/tables';

export interface HolidayOverrideRecord {
  overrideId: string;
  action: 'add' | 'remove';
  date: string;
  name: string | null;
  reason: string;
  actor: string;
  recordedAt: Date;
}

interface OverrideRow {
  id: string;
  action: 'add' | 'remove';
  holiday_date: string;
  name: string | null;
  reason: string;
  actor: string;
  recorded_at: Date;
}

function toRecord(row: OverrideRow): HolidayOverrideRecord {
  return { overrideId: row.id, action: row.action, date: row.holiday_date, name: row.name, reason: row.reason, actor: row.actor, recordedAt: row.recorded_at };
}

/** The administrator's override list, applied in the order it was recorded so a later entry wins. */
@Injectable()
export class HolidayOverridesRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async list(manager: EntityManager): Promise<HolidayOverrideRecord[]> {
    const rows: OverrideRow[] = await manager.query(
      `SELECT id, action, holiday_date::text AS holiday_date, name, reason, actor, recorded_at FROM ${this.tables.holidayOverrides} ORDER BY recorded_at, id`,
    );

    return rows.map(toRecord);
  }

  async insert(manager: EntityManager, record: Omit<HolidayOverrideRecord, 'recordedAt'>, requestId: string | undefined): Promise<HolidayOverrideRecord> {
    const rows: OverrideRow[] = await manager.query(
      `INSERT INTO ${this.tables.holidayOverrides} (id, action, holiday_date, name, reason, actor, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, action, holiday_date::text AS holiday_date, name, reason, actor, recorded_at`,
      [record.overrideId, record.action, record.date, record.name, record.reason, record.actor, requestId ?? null],
    );

    return toRecord(rows[0]);
  }

  /** Builds the Colombian calendar with the overrides in force now; read in the caller's transaction. */
  async loadCalendar(manager: EntityManager): Promise<HolidayCalendar> {
    const overrides: HolidayOverride[] = (await this.list(manager)).map((record) =>
      record.action === 'add' ? { action: 'add', date: record.date, name: record.name ?? '' } : { action: 'remove', date: record.date },
    );

    return new HolidayCalendar(overrides);
  }
}
