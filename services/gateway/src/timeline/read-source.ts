import { DomainError } from '@bitacora/http';
import type { CallContext } from '../upstream/call-context';
import { UpstreamContractError } from '../upstream/upstream-errors';
import type { UpstreamClient } from '../upstream/upstream.client';
import type { SourcePage } from './merge-timeline';
import { compareTimelineOrder, TimelineEntry, TimelinePosition } from './timeline-entry';
import type { TimelineSource } from './timeline-source';

/**
 * Maximum number of pages read from a source that is read to its end (promises, plans, payments
 * of one account), 10 000 records at 200 per page. Newest-first sources read only what a page needs.
 */
export const MAX_SOURCE_PAGES = 50;

interface ListPage {
  items: Record<string, unknown>[];
  nextCursor: string | null;
}

function parsedBody(body: string, source: TimelineSource): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new UpstreamContractError(source.upstream, `${source.name} list is not JSON (${(error as Error).message})`);
  }
}

function listPageOf(body: string, source: TimelineSource): ListPage {
  const parsed = parsedBody(body, source);
  const items = typeof parsed === 'object' && parsed !== null ? (parsed as { items?: unknown }).items : undefined;
  const nextCursor = typeof parsed === 'object' && parsed !== null ? (parsed as { nextCursor?: unknown }).nextCursor : undefined;
  if (!Array.isArray(items) || !(nextCursor === null || nextCursor === undefined || typeof nextCursor === 'string')) {
    throw new UpstreamContractError(source.upstream, `${source.name} list is not { items, nextCursor }`);
  }
  return { items: items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null), nextCursor: nextCursor ?? null };
}

/** Parses the account ids of the interactions service's `{ accountIds }` response. */
export function accountIdsOfBody(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new UpstreamContractError('interactions', `debtor accounts are not JSON (${(error as Error).message})`);
  }
  const accountIds = typeof parsed === 'object' && parsed !== null ? (parsed as { accountIds?: unknown }).accountIds : undefined;
  if (!Array.isArray(accountIds) || !accountIds.every((accountId) => typeof accountId === 'string')) {
    throw new UpstreamContractError('interactions', 'debtor accounts are not { accountIds }');
  }
  return accountIds as string[];
}

/**
 * Returns the exclusive upper bound that keeps every entry at or after `after` in timeline order.
 * It is one millisecond past that instant, because timeline instants are cut to milliseconds
 * while a service may keep microseconds.
 */
export function upperBoundOf(after: TimelinePosition | null): string | undefined {
  return after === null ? undefined : new Date(Date.parse(after.occurredAt) + 1).toISOString();
}

function pathOf(source: TimelineSource, debtorId: string, bound: string | undefined, pageSize: number, cursor: string | null): string {
  const query = new URLSearchParams({ ...source.query?.(debtorId), limit: String(pageSize) });
  if (bound !== undefined && source.upperBound !== undefined) query.set(source.upperBound, bound);
  if (cursor !== null) query.set('cursor', cursor);
  return `${source.path(debtorId)}?${query.toString()}`;
}

/**
 * In a list ordered newest first, every unread entry is at most as recent as the oldest entry
 * read so far. Once that is strictly older than the `limit`-th best entry collected, no unread
 * entry can make the page. Equal instants keep reading, because the service may order them
 * differently (by microseconds, or by another id order).
 */
function unreadRankAfterPage(collected: TimelineEntry[], lastPage: TimelineEntry[], limit: number): boolean {
  if (collected.length < limit || lastPage.length === 0) {
    return false;
  }
  const boundary = [...collected].sort(compareTimelineOrder)[limit - 1].occurredAt;
  const oldestRead = lastPage.reduce((oldest, entry) => (entry.occurredAt < oldest ? entry.occurredAt : oldest), lastPage[0].occurredAt);
  return oldestRead < boundary;
}

/** Result of reading one source: its page for the merge, and every entry read, before or after the cursor. */
export interface SourceRead {
  page: SourcePage;
  seen: TimelineEntry[];
}

/**
 * Reads one source's entries that come after `after` in timeline order: at least `limit` of them
 * when the source has that many, or all of them, following the service's own cursor. A source
 * that accepts an upper bound starts at the cursor's instant. A newest-first source first requests
 * the page and one item to see past it, plus the cursor's own item after the first page, and
 * reads on only while entries of equal instants leave the page undecided.
 */
export async function readSource(
  upstream: UpstreamClient,
  source: TimelineSource,
  debtorId: string,
  after: TimelinePosition | null,
  limit: number,
  context: CallContext,
): Promise<SourceRead> {
  const entries: TimelineEntry[] = [];
  const seen: TimelineEntry[] = [];
  const bound = upperBoundOf(after);
  let cursor: string | null = null;
  const firstPageSize = after === null ? limit + 1 : limit + 2;
  let pageSize = source.newestFirstSingleEntry ? Math.min(source.pageSize, firstPageSize) : source.pageSize;

  for (let page = 0; source.newestFirstSingleEntry || page < MAX_SOURCE_PAGES; page++) {
    const response = await upstream.call(source.upstream, { method: 'GET', path: pathOf(source, debtorId, bound, pageSize, cursor) }, context);
    const list = listPageOf(response.body, source);
    const read = list.items.flatMap(source.toEntries);
    seen.push(...read);
    entries.push(...read.filter((entry) => after === null || compareTimelineOrder(entry, after) > 0));
    cursor = list.nextCursor;

    if (cursor === null) {
      return { page: { entries, complete: true }, seen };
    }
    if (source.newestFirstSingleEntry && unreadRankAfterPage(entries, read, limit)) {
      return { page: { entries, complete: false }, seen };
    }
    pageSize = source.pageSize;
  }
  // NOTE: a debtor with more records than this in one source that is read to its end gets a 502
  // rather than a timeline that silently leaves records out.
  throw new DomainError('timeline.source_too_large', 502, { source: source.name, max: MAX_SOURCE_PAGES * source.pageSize });
}
