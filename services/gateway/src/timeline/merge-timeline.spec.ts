import { mergeTimeline, SourcePage } from './merge-timeline';
import { decodeTimelineCursor } from './timeline-cursor';
import { TimelineEntry, TimelineKind } from './timeline-entry';

function entry(kind: TimelineKind, id: string, occurredAt: string): TimelineEntry {
  return { kind, id, occurredAt, source: kind === 'interaction' || kind === 'policy_decision' ? 'interactions' : 'promises', data: { id } };
}

const interactions: SourcePage = {
  entries: [entry('interaction', 'i3', '2026-03-10T15:00:00.000Z'), entry('interaction', 'i1', '2026-03-08T15:00:00.000Z')],
  complete: true,
};
const payments: SourcePage = {
  entries: [entry('payment', 'p2', '2026-03-09T12:00:00.000Z'), entry('payment', 'p4', '2026-03-11T09:00:00.000Z')],
  complete: true,
};

describe('mergeTimeline', () => {
  it('merges sources newest first', () => {
    const page = mergeTimeline([interactions, payments], null, 10);

    expect(page.items.map((item) => item.id)).toEqual(['p4', 'i3', 'p2', 'i1']);
    expect(page.nextCursor).toBeNull();
  });

  it('pages through with the cursor of the last entry', () => {
    const first = mergeTimeline([interactions, payments], null, 3);
    const cursor = first.nextCursor;
    expect(first.items.map((item) => item.id)).toEqual(['p4', 'i3', 'p2']);
    expect(cursor).not.toBeNull();

    const second = mergeTimeline([interactions, payments], decodeTimelineCursor(cursor ?? ''), 3);
    expect(second.items.map((item) => item.id)).toEqual(['i1']);
    expect(second.nextCursor).toBeNull();
  });

  it('orders entries of the same instant by kind, then id', () => {
    const same = '2026-03-10T15:00:00.000Z';
    const page = mergeTimeline([{ entries: [entry('payment', 'b', same), entry('allocation', 'z', same), entry('payment', 'a', same)], complete: true }], null, 10);

    expect(page.items.map((item) => `${item.kind}:${item.id}`)).toEqual(['allocation:z', 'payment:a', 'payment:b']);
  });

  it('splits same-instant entries across pages without loss or repetition', () => {
    const same = '2026-03-10T15:00:00.000Z';
    const source: SourcePage = { entries: ['a', 'b', 'c', 'd', 'e'].map((id) => entry('payment', id, same)), complete: true };
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = mergeTimeline([source], cursor === null ? null : decodeTimelineCursor(cursor), 2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);

    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('offers a next page while a source has more entries', () => {
    const partial: SourcePage = { entries: [entry('interaction', 'i9', '2026-03-12T00:00:00.000Z')], complete: false };
    const page = mergeTimeline([partial], null, 1);

    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
  });
});
