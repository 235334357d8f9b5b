import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgreementKind, Channel } from '@bitacora/contracts';
import { updatedRows } from '../shared/pg-errors';
import { TABLES, Tables } from '../shared/tables';
import { OutcomeCode } from './outcome-code';

interface OutcomeCodeRow {
  code: string;
  label_es: string;
  label_en: string;
  is_attempt: boolean;
  is_right_party_contact: boolean;
  is_dispute: boolean;
  agreement_kind: AgreementKind | null;
  channels: Channel[] | null;
  active: boolean;
  built_in: boolean;
  version: number;
  updated_at: Date;
}

const COLUMNS = 'code, label_es, label_en, is_attempt, is_right_party_contact, is_dispute, agreement_kind, channels, active, built_in, version, updated_at';

function toOutcomeCode(row: OutcomeCodeRow): OutcomeCode {
  return {
    code: row.code,
    labelEs: row.label_es,
    labelEn: row.label_en,
    isAttempt: row.is_attempt,
    isRightPartyContact: row.is_right_party_contact,
    isDispute: row.is_dispute,
    agreementKind: row.agreement_kind,
    channels: row.channels,
    active: row.active,
    builtIn: row.built_in,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** An outcome code row read as JSON inside a larger statement; `updated_at_ms` is in epoch milliseconds. */
export type OutcomeCodeJson = Omit<OutcomeCodeRow, 'updated_at'> & { updated_at_ms: number };

export function outcomeCodeFromJson(json: OutcomeCodeJson): OutcomeCode {
  const { updated_at_ms: updatedAtMs, ...rest } = json;

  return toOutcomeCode({ ...rest, updated_at: new Date(updatedAtMs) });
}

@Injectable()
export class OutcomeCodesRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  /** Builds a scalar subquery that reads the code named by `parameter` as OutcomeCodeJson, or null. */
  jsonColumn(parameter: string): string {
    return `(SELECT json_build_object('code', code, 'label_es', label_es, 'label_en', label_en, 'is_attempt', is_attempt,
         'is_right_party_contact', is_right_party_contact, 'is_dispute', is_dispute, 'agreement_kind', agreement_kind, 'channels', channels,
         'active', active, 'built_in', built_in, 'version', version, 'updated_at_ms', floor(extract(epoch FROM updated_at) * 1000)::int8)
       FROM ${this.tables.outcomeCodes} WHERE code = ${parameter})`;
  }

  async find(manager: EntityManager, code: string, options: { forUpdate?: boolean } = {}): Promise<OutcomeCode | undefined> {
    const rows: OutcomeCodeRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.tables.outcomeCodes} WHERE code = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [code],
    );

    return rows[0] ? toOutcomeCode(rows[0]) : undefined;
  }

  async list(manager: EntityManager, filter: { channel?: Channel; active?: boolean }): Promise<OutcomeCode[]> {
    const rows: OutcomeCodeRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.tables.outcomeCodes}
       WHERE ($1::text IS NULL OR channels IS NULL OR $1 = ANY (channels)) AND ($2::boolean IS NULL OR active = $2)
       ORDER BY code`,
      [filter.channel ?? null, filter.active ?? null],
    );

    return rows.map(toOutcomeCode);
  }

  /** Inserts a code and returns it, or undefined when the code already exists. */
  async insert(manager: EntityManager, outcome: Omit<OutcomeCode, 'builtIn' | 'version' | 'updatedAt'>, actor: string): Promise<OutcomeCode | undefined> {
    const rows: OutcomeCodeRow[] = await manager.query(
      `INSERT INTO ${this.tables.outcomeCodes} (code, label_es, label_en, is_attempt, is_right_party_contact, is_dispute, agreement_kind, channels, active, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (code) DO NOTHING RETURNING ${COLUMNS}`,
      [outcome.code, outcome.labelEs, outcome.labelEn, outcome.isAttempt, outcome.isRightPartyContact, outcome.isDispute, outcome.agreementKind, outcome.channels, outcome.active, actor],
    );

    return rows[0] ? toOutcomeCode(rows[0]) : undefined;
  }

  async update(manager: EntityManager, outcome: OutcomeCode, actor: string): Promise<OutcomeCode> {
    const rows = updatedRows<OutcomeCodeRow>(await manager.query(
      `UPDATE ${this.tables.outcomeCodes}
       SET label_es = $2, label_en = $3, channels = $4, active = $5, version = version + 1, updated_by = $6, updated_at = now()
       WHERE code = $1 RETURNING ${COLUMNS}`,
      [outcome.code, outcome.labelEs, outcome.labelEn, outcome.channels, outcome.active, actor],
    ));

    return toOutcomeCode(rows[0]);
  }
}
