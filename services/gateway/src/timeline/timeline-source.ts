import type { UpstreamName } from '../upstream/upstream-name';
import type { TimelineEntry, TimelineKind } from './timeline-entry';

/**
 * A debtor-scoped list of a service that feeds the timeline. The list returns `{ items,
 * nextCursor }` pages with `limit` and `cursor` query parameters.
 */
export interface TimelineSource {
  name: string;
  upstream: UpstreamName;
  /** Kinds of the entries this source yields, so a filtered timeline skips sources it does not need. */
  kinds: TimelineKind[];
  /** Path of the list on the service, without query string. */
  path: (debtorId: string) => string;
  /** Extra query parameters of the list, for example the debtor filter. */
  query?: (debtorId: string) => Record<string, string>;
  /**
   * Query parameter of the list that keeps only items strictly before an instant, when the list
   * has one and every entry of an item is at least as recent as the item's own instant.
   */
  upperBound?: string;
  /** Page size asked of the list: the largest its service accepts. */
  pageSize: number;
  /** The timeline entries of one item: the record itself and any dated changes it carries. */
  toEntries: (item: Record<string, unknown>) => TimelineEntry[];
  /**
   * True when the list is ordered newest first by the instant of its only entry per item, so
   * reading may stop once a page's worth of entries after the cursor is collected. Otherwise
   * every page up to the upper bound is read and the entries sorted here.
   */
  newestFirstSingleEntry: boolean;
}
