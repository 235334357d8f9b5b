import { encodeTimelineCursor } from './timeline-cursor';
import { compareTimelineOrder, TimelineEntry, TimelinePosition } from './timeline-entry';

/**
 * Entries one source returned for a page: its first entries after the cursor in timeline order
 * (at least as many as the page size, unless it has fewer), and whether those are all it has.
 */
export interface SourcePage {
  entries: TimelineEntry[];
  complete: boolean;
}

export interface TimelinePage {
  items: TimelineEntry[];
  nextCursor: string | null;
}

/**
 * Merges the sources' entries into one page of `limit` entries after `after`, newest first. The
 * result is exact as long as every incomplete source returned at least `limit` entries: an entry
 * a source left out ranks after all it returned, so it cannot belong to this page.
 */
export function mergeTimeline(sources: SourcePage[], after: TimelinePosition | null, limit: number): TimelinePage {
  const candidates = sources
    .flatMap((source) => source.entries)
    .filter((entry) => after === null || compareTimelineOrder(entry, after) > 0)
    .sort(compareTimelineOrder);

  const items = candidates.slice(0, limit);
  const more = candidates.length > limit || sources.some((source) => !source.complete);
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeTimelineCursor(last) : null };
}
