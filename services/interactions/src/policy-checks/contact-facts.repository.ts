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
import { TABLES, Tables } from '../shared/tables';

const DAY_MS = 86_400_000;
// A calendar week starts at most 7 days before the judged instant, a rolling week exactly 7.
const LOOKBACK_DAYS = 8;

/**
 * Loads what the contact-policy engine reads about a person and a debtor, in the caller's
 * transaction. Prior contacts are read from `lookback` before the instant to the end of the search
 * horizon, so the next allowed instant also sees contacts recorded after a past instant.
 */
@Injectable()
export class ContactFactsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async load(manager: EntityManager, contact: ContactAttempt, horizonDays: number): Promise<ContactFacts> {
    const from = new Date(contact.instant.getTime() - LOOKBACK_DAYS * DAY_MS);
    const to = new Date(contact.instant.getTime() + (horizonDays + 1) * DAY_MS);
    const [consents, optOuts, alternativeHoursAuthorizations, disputes, pendingPromises, visitExceptions, priorContacts] = [
      await this.consents(manager, contact.contactedPartyId),
      await this.optOuts(manager, contact.contactedPartyId),
      await this.alternativeHours(manager, contact.contactedPartyId),
      await this.disputes(manager, contact),
      await this.pendingPromises(manager, contact),
      await this.visitExceptions(manager, contact),
      await this.priorContacts(manager, contact.contactedPartyId, from, to),
    ];

    return { consents, optOuts, alternativeHoursAuthorizations, disputes, pendingPromises, visitExceptions, priorContacts };
  }

  private async consents(manager: EntityManager, partyId: string): Promise<ChannelConsent[]> {
    const rows: { party_id: string; channel: ContactChannel; valid_from: Date; revoked_at: Date | null; evidence: string | null }[] = await manager.query(
      `SELECT party_id, channel, valid_from, revoked_at, evidence FROM ${this.tables.consents} WHERE party_id = $1`,
      [partyId],
    );

    return rows.map((row) => ({ partyId: row.party_id, channel: row.channel, grantedAt: row.valid_from, revokedAt: row.revoked_at, evidence: row.evidence ?? '' }));
  }

  private async optOuts(manager: EntityManager, partyId: string): Promise<OptOut[]> {
    const rows: { party_id: string; channel: ContactChannel | null; valid_from: Date; revoked_at: Date | null }[] = await manager.query(
      `SELECT party_id, channel, valid_from, revoked_at FROM ${this.tables.optOuts} WHERE party_id = $1`,
      [partyId],
    );

    return rows.map((row) => ({ partyId: row.party_id, channel: row.channel, requestedAt: row.valid_from, withdrawnAt: row.revoked_at }));
  }

  private async alternativeHours(manager: EntityManager, partyId: string): Promise<AlternativeHoursAuthorization[]> {
    const rows: { party_id: string; valid_from: Date; valid_until: Date | null; windows: AuthorizedWindow[]; evidence: string | null }[] = await manager.query(
      `SELECT party_id, valid_from, LEAST(valid_until, revoked_at) AS valid_until, windows, evidence
       FROM ${this.tables.alternativeHours} WHERE party_id = $1`,
      [partyId],
    );

    return rows.map((row) => ({ partyId: row.party_id, validFrom: row.valid_from, validUntil: row.valid_until, windows: row.windows, evidence: row.evidence ?? '' }));
  }

  private async disputes(manager: EntityManager, contact: ContactAttempt): Promise<AccountDispute[]> {
    const rows: { id: string; account_id: string; opened_at: Date; closed_at: Date | null }[] = await manager.query(
      `SELECT id, account_id, opened_at, closed_at FROM ${this.tables.disputes} WHERE debtor_id = $1 OR account_id = ANY ($2::text[])`,
      [contact.debtorId, contact.accountIds],
    );

    return rows.map((row) => ({ disputeId: row.id, accountId: row.account_id, openedAt: row.opened_at, resolvedAt: row.closed_at }));
  }

  private async pendingPromises(manager: EntityManager, contact: ContactAttempt): Promise<PendingPromise[]> {
    const rows: { promise_id: string; account_id: string; created_at: Date; due_date: string; grace_days: number }[] = await manager.query(
      `SELECT promise_id, account_id, created_at, due_date::text AS due_date, grace_days FROM ${this.tables.promiseStates}
       WHERE status = 'PENDING' AND (debtor_id = $1 OR account_id = ANY ($2::text[]))`,
      [contact.debtorId, contact.accountIds],
    );

    return rows.map((row) => ({ promiseId: row.promise_id, accountId: row.account_id, createdAt: row.created_at, dueDate: row.due_date, graceDays: row.grace_days }));
  }

  /** Visit exceptions in force at the instant; the engine has no notion of a revoked exception. */
  private async visitExceptions(manager: EntityManager, contact: ContactAttempt): Promise<VisitException[]> {
    const rows: { kind: VisitExceptionKind; account_id: string | null; valid_from: Date; evidence: string | null }[] = await manager.query(
      `SELECT kind, account_id, valid_from, evidence FROM ${this.tables.visitExceptions}
       WHERE debtor_id = $1 AND (revoked_at IS NULL OR revoked_at > $2)`,
      [contact.debtorId, contact.instant],
    );

    return rows.map((row) => ({ kind: row.kind, accountId: row.account_id, recordedAt: row.valid_from, evidence: row.evidence ?? '' }));
  }

  /** Counted contacts of the person, with the right-party flag of the latest outcome amendment. */
  private async priorContacts(manager: EntityManager, partyId: string, from: Date, to: Date): Promise<PriorContact[]> {
    const rows: { party_id: string; channel: ContactChannel; occurred_at: Date; right_party_contact: boolean }[] = await manager.query(
      `SELECT i.party_id, i.channel, i.occurred_at, COALESCE(latest.right_party_contact, i.right_party_contact) AS right_party_contact
       FROM ${this.tables.interactions} i
       LEFT JOIN LATERAL (
         SELECT a.right_party_contact FROM ${this.tables.amendments} a
         WHERE a.interaction_id = i.id AND a.outcome_code IS NOT NULL ORDER BY a.amended_at DESC, a.id DESC LIMIT 1
       ) latest ON true
       WHERE i.party_id = $1 AND i.counts_toward_limits AND i.occurred_at >= $2 AND i.occurred_at < $3`,
      [partyId, from, to],
    );

    return rows.map((row) => ({ contactedPartyId: row.party_id, channel: row.channel, instant: row.occurred_at, rightPartyContact: row.right_party_contact }));
  }
}
