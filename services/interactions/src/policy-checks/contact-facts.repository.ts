import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AccountDispute,
  AlternativeHoursAuthorization,
  AuthorizedWindow,
  ChannelConsent,
  ContactAttempt,
  ContactChannel,
  ContactFacts,
  OptOut,
  PendingPromise,
  PriorContact,
  VisitException,
  VisitExceptionKind,
} from '../policy';
import { OutcomeCodeJson, OutcomeCodesRepository } from '../outcome-codes/outcome-codes.repository';
import { TABLES, Tables } from '../shared/tables';

const DAY_MS = 86_400_000;
// A calendar week starts at most 7 days before the judged instant, a rolling week exactly 7.
const LOOKBACK_DAYS = 8;

/** Epoch milliseconds of a timestamptz, cut to whole milliseconds as node-postgres reads it. */
const ms = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)::int8`;
const dateOrNull = (value: number | null) => (value === null ? null : new Date(value));

interface FactsRow {
  consents: { p: string; c: ContactChannel; f: number; r: number | null; e: string | null }[];
  opt_outs: { p: string; c: ContactChannel | null; f: number; r: number | null }[];
  alternative_hours: { p: string; f: number; u: number | null; w: AuthorizedWindow[]; e: string | null }[];
  disputes: { i: string; a: string; o: number; c: number | null }[];
  pending_promises: { i: string; a: string; c: number; d: string; g: number }[];
  visit_exceptions: { k: VisitExceptionKind; a: string | null; f: number; e: string | null }[];
  prior_contacts: { p: string; c: ContactChannel; t: number; r: boolean }[];
  holiday_overrides: string;
}

/** Keys of the other rows the recording transaction reads in the same statement as the facts. */
export interface RecordingLookups {
  sourceSystem: string;
  sourceReference: string;
  outcomeCode: string;
}

export interface LoadedFacts {
  facts: ContactFacts;
  /** The holiday override list as JSON text, in recording order. Equal texts give equal calendars. */
  holidayOverrides: string;
}

export interface LoadedRecordingFacts extends LoadedFacts {
  /** The interaction already recorded with the same source system and reference, if any. */
  existingInteractionId: string | undefined;
  /** Debtor of each known account among the attempt's accounts. */
  accountDebtors: Map<string, string>;
  /** The outcome code's row as JSON, when the code exists. */
  outcome: OutcomeCodeJson | undefined;
}

/**
 * Loads what the contact-policy engine reads about a person and a debtor, in the caller's
 * transaction and in one statement. Prior contacts are read from `lookback` before the instant to
 * the end of the search horizon, so the next allowed instant also counts contacts recorded after a
 * past instant.
 */
@Injectable()
export class ContactFactsRepository {
  constructor(
    @Inject(TABLES) private readonly tables: Tables,
    private readonly outcomes: OutcomeCodesRepository,
  ) {}

  async load(manager: EntityManager, contact: ContactAttempt, horizonDays: number): Promise<LoadedFacts> {
    const rows: FactsRow[] = await manager.query(`SELECT ${this.factColumns()}`, this.factParameters(contact, horizonDays));

    return this.toLoadedFacts(rows[0]);
  }

  /**
   * Loads the facts together with the rows that recording an interaction checks: an interaction
   * with the same source, the owners of the accounts, and the outcome code.
   */
  async loadForRecording(manager: EntityManager, contact: ContactAttempt, horizonDays: number, lookups: RecordingLookups): Promise<LoadedRecordingFacts> {
    const rows: (FactsRow & { existing_id: string | null; account_debtors: [string, string][]; outcome: OutcomeCodeJson | null })[] = await manager.query(
      `SELECT ${this.factColumns()},
         (SELECT id FROM ${this.tables.interactions} WHERE source_system = $7 AND source_reference = $8) AS existing_id,
         (SELECT COALESCE(json_agg(json_build_array(account_id, debtor_id)), '[]') FROM ${this.tables.accounts} WHERE account_id = ANY ($3::text[])) AS account_debtors,
         ${this.outcomes.jsonColumn('$9')} AS outcome`,
      [...this.factParameters(contact, horizonDays), lookups.sourceSystem, lookups.sourceReference, lookups.outcomeCode],
    );
    const row = rows[0];

    return {
      ...this.toLoadedFacts(row),
      existingInteractionId: row.existing_id ?? undefined,
      accountDebtors: new Map(row.account_debtors),
      outcome: row.outcome ?? undefined,
    };
  }

  private factParameters(contact: ContactAttempt, horizonDays: number): unknown[] {
    const from = new Date(contact.instant.getTime() - LOOKBACK_DAYS * DAY_MS);
    const to = new Date(contact.instant.getTime() + (horizonDays + 1) * DAY_MS);

    return [contact.contactedPartyId, contact.debtorId, contact.accountIds, contact.instant, from, to];
  }

  /** Builds one JSON array column per kind of fact, from $1 party, $2 debtor, $3 accounts, $4 instant and $5-$6 contact range. */
  private factColumns(): string {
    const t = this.tables;

    return `
      (SELECT COALESCE(json_agg(json_build_object('p', party_id, 'c', channel, 'f', ${ms('valid_from')}, 'r', ${ms('revoked_at')}, 'e', evidence)), '[]')
         FROM ${t.consents} WHERE party_id = $1) AS consents,
      (SELECT COALESCE(json_agg(json_build_object('p', party_id, 'c', channel, 'f', ${ms('valid_from')}, 'r', ${ms('revoked_at')})), '[]')
         FROM ${t.optOuts} WHERE party_id = $1) AS opt_outs,
      (SELECT COALESCE(json_agg(json_build_object('p', party_id, 'f', ${ms('valid_from')}, 'u', ${ms('LEAST(valid_until, revoked_at)')}, 'w', windows, 'e', evidence)), '[]')
         FROM ${t.alternativeHours} WHERE party_id = $1) AS alternative_hours,
      (SELECT COALESCE(json_agg(json_build_object('i', id, 'a', account_id, 'o', ${ms('opened_at')}, 'c', ${ms('closed_at')})), '[]')
         FROM ${t.disputes} WHERE debtor_id = $2 OR account_id = ANY ($3::text[])) AS disputes,
      (SELECT COALESCE(json_agg(json_build_object('i', promise_id, 'a', account_id, 'c', ${ms('created_at')}, 'd', due_date::text, 'g', grace_days)), '[]')
         FROM ${t.promiseStates} WHERE status = 'PENDING' AND (debtor_id = $2 OR account_id = ANY ($3::text[]))) AS pending_promises,
      (SELECT COALESCE(json_agg(json_build_object('k', kind, 'a', account_id, 'f', ${ms('valid_from')}, 'e', evidence)), '[]')
         FROM ${t.visitExceptions} WHERE debtor_id = $2 AND (revoked_at IS NULL OR revoked_at > $4)) AS visit_exceptions,
      (SELECT COALESCE(json_agg(json_build_object('p', i.party_id, 'c', i.channel, 't', ${ms('i.occurred_at')}, 'r', COALESCE(latest.right_party_contact, i.right_party_contact))), '[]')
         FROM ${t.interactions} i
         LEFT JOIN LATERAL (
           SELECT a.right_party_contact FROM ${t.amendments} a
           WHERE a.interaction_id = i.id AND a.outcome_code IS NOT NULL ORDER BY a.amended_at DESC, a.id DESC LIMIT 1
         ) latest ON true
         WHERE i.party_id = $1 AND i.counts_toward_limits AND i.occurred_at >= $5 AND i.occurred_at < $6) AS prior_contacts,
      (SELECT COALESCE(json_agg(json_build_object('action', action, 'date', holiday_date::text, 'name', name) ORDER BY recorded_at, id), '[]')::text
         FROM ${t.holidayOverrides}) AS holiday_overrides`;
  }

  private toLoadedFacts(row: FactsRow): LoadedFacts {
    const consents: ChannelConsent[] = row.consents.map((item) => ({ partyId: item.p, channel: item.c, grantedAt: new Date(item.f), revokedAt: dateOrNull(item.r), evidence: item.e ?? '' }));
    const optOuts: OptOut[] = row.opt_outs.map((item) => ({ partyId: item.p, channel: item.c, requestedAt: new Date(item.f), withdrawnAt: dateOrNull(item.r) }));
    const alternativeHoursAuthorizations: AlternativeHoursAuthorization[] = row.alternative_hours.map((item) => ({
      partyId: item.p,
      validFrom: new Date(item.f),
      validUntil: dateOrNull(item.u),
      windows: item.w,
      evidence: item.e ?? '',
    }));
    const disputes: AccountDispute[] = row.disputes.map((item) => ({ disputeId: item.i, accountId: item.a, openedAt: new Date(item.o), resolvedAt: dateOrNull(item.c) }));
    const pendingPromises: PendingPromise[] = row.pending_promises.map((item) => ({ promiseId: item.i, accountId: item.a, createdAt: new Date(item.c), dueDate: item.d, graceDays: item.g }));
    const visitExceptions: VisitException[] = row.visit_exceptions.map((item) => ({ kind: item.k, accountId: item.a, recordedAt: new Date(item.f), evidence: item.e ?? '' }));
    const priorContacts: PriorContact[] = row.prior_contacts.map((item) => ({ contactedPartyId: item.p, channel: item.c, instant: new Date(item.t), rightPartyContact: item.r }));

    return {
      facts: { consents, optOuts, alternativeHoursAuthorizations, disputes, pendingPromises, visitExceptions, priorContacts },
      holidayOverrides: row.holiday_overrides,
    };
  }
}
