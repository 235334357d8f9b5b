import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessRecorder } from '../access-log/access-recorder';
import { requirePrincipal } from '../auth/request-principal';
import { DEFAULT_PAGE_SIZE } from '../routes/dto/common.dto';
import { CallContext, callContextOf } from '../upstream/call-context';
import { UpstreamClient } from '../upstream/upstream.client';
import { isUpstreamFailure, upstreamProblemOf } from '../upstream/upstream-problems';
import { UpstreamHttpError } from '../upstream/upstream-errors';
import { mergeTimeline, SourcePage, TimelinePage } from './merge-timeline';
import { readSource } from './read-source';
import { decodeTimelineCursor } from './timeline-cursor';
import type { TimelineKind, TimelinePosition } from './timeline-entry';
import type { TimelineQueryDto } from './timeline.dto';
import { TIMELINE_SOURCES } from './timeline-sources';
import type { TimelineSource } from './timeline-source';

export const TIMELINE_ROUTE = '/v1/debtors/:debtorId/timeline';

/**
 * Composes a debtor's timeline from the services' debtor-scoped lists, read in parallel and
 * merged newest first. A source that fails fails the whole page: a timeline with a silent gap
 * would misstate the debtor's history.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly upstream: UpstreamClient,
    private readonly access: AccessRecorder,
  ) {}

  async page(request: FastifyRequest, debtorId: string, query: TimelineQueryDto): Promise<TimelinePage> {
    const after = query.cursor === undefined ? null : decodeTimelineCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const kinds = query.kinds === undefined ? undefined : new Set<TimelineKind>(query.kinds);
    const context = callContextOf(request);

    const sources = TIMELINE_SOURCES.filter((source) => kinds === undefined || source.kinds.some((kind) => kinds.has(kind)));
    const pages = await Promise.all(sources.map((source) => this.read(source, debtorId, after, limit, context)));
    const filtered: SourcePage[] = pages.map((page) => ({ ...page, entries: page.entries.filter((entry) => kinds === undefined || kinds.has(entry.kind)) }));
    const timeline = mergeTimeline(filtered, after, limit);

    await this.access.record({
      principal: requirePrincipal(request),
      debtorIds: [debtorId],
      method: 'GET',
      route: TIMELINE_ROUTE,
      requestId: context.requestId,
      traceparent: context.traceparent,
      accessedAt: new Date(),
      resultCount: timeline.items.length,
    });
    return timeline;
  }

  private async read(source: TimelineSource, debtorId: string, after: TimelinePosition | null, limit: number, context: CallContext): Promise<SourcePage> {
    try {
      return await readSource(this.upstream, source, debtorId, after, limit, context);
    } catch (error) {
      if (error instanceof UpstreamHttpError && error.response.status === 404) {
        return { entries: [], complete: true };
      }
      if (isUpstreamFailure(error)) {
        throw upstreamProblemOf(source.upstream, error, this.upstream.breakers);
      }
      throw error;
    }
  }
}
