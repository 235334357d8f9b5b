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
import { accountIdsOfBody, readSource, SourceRead } from './read-source';
import { decodeTimelineCursor } from './timeline-cursor';
import type { TimelineKind, TimelinePosition } from './timeline-entry';
import type { TimelineQueryDto } from './timeline.dto';
import { accountIdsOf, DEBTOR_SOURCES, debtorAccountsPath, PAYMENT_KINDS, paymentSourceOf } from './timeline-sources';
import type { TimelineSource } from './timeline-source';

export const TIMELINE_ROUTE = '/v1/debtors/:debtorId/timeline';

/** Sources read to the end whose records name accounts of the debtor besides those the interactions service lists. */
const ACCOUNT_SOURCES = new Set(['promises', 'payment-plans']);

/**
 * Composes a debtor's timeline from the services' lists. The lists are read in parallel, each from
 * the cursor on when it accepts an upper bound. The payments of each account are read as soon as a
 * list names the account, and the entries are merged newest first. A source that fails fails the whole page: a timeline with a
 * silent gap would misstate the debtor's history.
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

    const paymentReads = new Map<string, Promise<SourceRead>>();
    const readPayments = (accountIds: string[]) => {
      for (const accountId of accountIds) {
        if (paymentReads.has(accountId)) continue;
        const read = this.read(paymentSourceOf(accountId, debtorId), debtorId, after, limit, context);
        // The read is awaited below. This handler only keeps its failure from going unhandled when another source fails first.
        read.catch(() => undefined);
        paymentReads.set(accountId, read);
      }
    };

    const debtorSources = DEBTOR_SOURCES.filter((source) => wants(source) || (wantsPayments && ACCOUNT_SOURCES.has(source.name)));
    const [debtorReads] = await Promise.all([
      Promise.all(
        debtorSources.map(async (source) => {
          const read = await this.read(source, debtorId, after, limit, context);
          if (wantsPayments && ACCOUNT_SOURCES.has(source.name)) readPayments(accountIdsOf(read.seen));
          return wants(source) ? read : undefined;
        }),
      ),
      wantsPayments ? this.accountIdsOf(debtorId, context).then(readPayments) : undefined,
    ]);
    const reads = [...debtorReads.filter((read): read is SourceRead => read !== undefined), ...(await Promise.all(paymentReads.values()))];

    const pages = reads.map((read) => ({
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

  /** Lists the debtor's accounts as the interactions service stores them, or none when the service does not know the debtor. */
  private async accountIdsOf(debtorId: string, context: CallContext): Promise<string[]> {
    try {
      const response = await this.upstream.call('interactions', { method: 'GET', path: debtorAccountsPath(debtorId) }, context);
      return accountIdsOfBody(response.body);
    } catch (error) {
      if (error instanceof UpstreamHttpError && error.response.status === 404) {
        return [];
      }
      if (isUpstreamFailure(error)) {
        throw upstreamProblemOf('interactions', error, this.upstream.breakers);
      }
      throw error;
    }
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
