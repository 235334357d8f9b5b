import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessRecorder } from '../access-log/access-recorder';
import { requirePrincipal } from '../auth/request-principal';
import { DEFAULT_PAGE_SIZE } from '../routes/dto/common.dto';
import { CallContext, callContextOf } from '../upstream/call-context';
import { UpstreamHttpError } from '../upstream/upstream-errors';
import { UpstreamClient } from '../upstream/upstream.client';
import { isUpstreamFailure, upstreamProblemOf } from '../upstream/upstream-problems';
import { mergeTimeline, TimelinePage } from './merge-timeline';
import { readSource, SourceRead } from './read-source';
import { decodeTimelineCursor } from './timeline-cursor';
import type { TimelineKind, TimelinePosition } from './timeline-entry';
import type { TimelineQueryDto } from './timeline.dto';
import { accountIdsOf, DEBTOR_SOURCES, PAYMENT_KINDS, paymentSourceOf } from './timeline-sources';
import type { TimelineSource } from './timeline-source';

export const TIMELINE_ROUTE = '/v1/debtors/:debtorId/timeline';

/** Sources read to find the debtor's accounts, whose payments the timeline shows. */
const ACCOUNT_SOURCES = new Set(['interactions', 'promises', 'payment-plans']);

/**
 * Composes a debtor's timeline from the services' lists. The debtor-scoped lists are read in
 * parallel, then the payments of every account they name, also in parallel, and everything is
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
    const kinds = new Set<TimelineKind>(query.kinds ?? []);
    const wants = (source: TimelineSource) => kinds.size === 0 || source.kinds.some((kind) => kinds.has(kind));
    const wantsPayments = kinds.size === 0 || PAYMENT_KINDS.some((kind) => kinds.has(kind));
    const context = callContextOf(request);

    const debtorSources = DEBTOR_SOURCES.filter((source) => wants(source) || (wantsPayments && ACCOUNT_SOURCES.has(source.name)));
    const debtorReads = await Promise.all(debtorSources.map((source) => this.read(source, debtorId, after, limit, context)));

    const accounts = wantsPayments ? accountIdsOf(debtorReads.flatMap((read) => read.seen)) : [];
    const paymentReads = await Promise.all(accounts.map((accountId) => this.read(paymentSourceOf(accountId, debtorId), debtorId, after, limit, context)));

    const pages = [...debtorReads, ...paymentReads].map((read) => ({
      complete: read.page.complete,
      entries: read.page.entries.filter((entry) => kinds.size === 0 || kinds.has(entry.kind)),
    }));
    const timeline = mergeTimeline(pages, after, limit);

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

  private async read(source: TimelineSource, debtorId: string, after: TimelinePosition | null, limit: number, context: CallContext): Promise<SourceRead> {
    try {
      return await readSource(this.upstream, source, debtorId, after, limit, context);
    } catch (error) {
      if (error instanceof UpstreamHttpError && error.response.status === 404) {
        return { page: { entries: [], complete: true }, seen: [] };
      }
      if (isUpstreamFailure(error)) {
        throw upstreamProblemOf(source.upstream, error, this.upstream.breakers);
      }
      throw error;
    }
  }
}
