import type { FastifyRequest } from 'fastify';
import type { GatewayResponse } from '../idempotency/stored-response';
import type { DebtorReadInput, ProxyRouteDefinition } from './route-definition';

export interface DebtorReadResult {
  debtorIds: string[];
  accountId?: string;
  resultCount?: number;
}

function parsedJson(response: GatewayResponse): unknown {
  if (!/^application\/json\b/i.test(response.headers['content-type'] ?? '')) {
    return undefined;
  }
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/** Counts the items of a list response: the array itself, or its `items` field. */
function resultCountOf(response: unknown): number | undefined {
  if (Array.isArray(response)) return response.length;
  if (typeof response === 'object' && response !== null) {
    const items = (response as { items?: unknown }).items;
    if (Array.isArray(items)) return items.length;
  }
  return undefined;
}

/**
 * Returns whose data a successful response of `route` shows, or undefined when the route reads no debtor
 * data or did not succeed (an error response shows nothing of the debtor).
 */
export function debtorReadOf(route: ProxyRouteDefinition, request: FastifyRequest, response: GatewayResponse): DebtorReadResult | undefined {
  if (!route.debtorRead || response.status < 200 || response.status >= 300) {
    return undefined;
  }
  const parsed = parsedJson(response);
  const input: DebtorReadInput = {
    params: request.params as Record<string, string>,
    query: request.query as Record<string, unknown>,
    body: request.body,
    response: parsed,
  };
  return {
    debtorIds: route.debtorRead.debtorIds(input),
    accountId: route.debtorRead.accountId?.(input),
    resultCount: resultCountOf(parsed),
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Reads the debtor named by path parameter `name`. */
export const fromParam = (name: string) => (input: DebtorReadInput) => [input.params[name]].filter((id): id is string => Boolean(id));

/** Reads the debtor named by field `name` of the request body. */
export const fromBody = (name: string) => (input: DebtorReadInput) => {
  const value = typeof input.body === 'object' && input.body !== null ? text((input.body as Record<string, unknown>)[name]) : undefined;
  return value ? [value] : [];
};

/** Reads the debtor named by field `name` of the response, a single record. */
export const fromResponse = (name: string) => (input: DebtorReadInput) => {
  const value = typeof input.response === 'object' && input.response !== null ? text((input.response as Record<string, unknown>)[name]) : undefined;
  return value ? [value] : [];
};

/** Reads every debtor named by field `name` of the response's items (`items` field or a bare array). */
export const fromResponseItems = (name: string) => (input: DebtorReadInput) => {
  const items = Array.isArray(input.response) ? input.response : (input.response as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.map((item: unknown) => (typeof item === 'object' && item !== null ? text((item as Record<string, unknown>)[name]) : undefined)).filter((id): id is string => id !== undefined);
};
