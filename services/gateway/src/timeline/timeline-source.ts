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
  /** Page size asked of the list: the largest its service accepts. */
  pageSize: number;
  /** The timeline entries of one item: the record itself and any dated changes it carries. */
  toEntries: (item: Record<string, unknown>) => TimelineEntry[];
  /**
   * True when the list is ordered newest first by the instant of its only entry per item, so
   * reading may stop once a page's worth of entries after the cursor is collected. Otherwise
   * every page is read and the entries sorted here.
   */
  newestFirstSingleEntry: boolean;
}
