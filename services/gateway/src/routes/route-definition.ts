import type { Type } from '@nestjs/common';
import type { LocalizedText } from '@bitacora/http';
import type { RouteId } from '../auth/role-matrix';
import type { UpstreamName } from '../upstream/upstream-name';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Sections of the OpenAPI document. */
export const API_TAGS = {
  interactions: 'Interacciones / Interactions',
  contactPolicy: 'Política de contacto / Contact policy',
  contactAuthorizations: 'Consentimientos y exclusiones / Consents and opt-outs',
  disputes: 'Reclamos / Disputes',
  administration: 'Administración / Administration',
  promises: 'Promesas y acuerdos / Promises and plans',
  payments: 'Pagos / Payments',
  kpis: 'Indicadores / KPIs',
  timeline: 'Historial del deudor / Debtor timeline',
  audit: 'Auditoría / Audit',
} as const;

export type ApiTag = (typeof API_TAGS)[keyof typeof API_TAGS];

/** Parts of a request and its response that a debtor id can be read from. */
export interface DebtorReadInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  response: unknown;
}

/**
 * How to find whose data a route shows, for the access log (Ley 1581 de 2012): a function that
 * returns the debtor ids of one successful call, and optionally the account id it concerns.
 */
export interface DebtorRead {
  debtorIds: (input: DebtorReadInput) => string[];
  accountId?: (input: DebtorReadInput) => string | undefined;
}

export interface RouteResponse {
  status: 200 | 201 | 202 | 204;
  description: LocalizedText;
  type?: Type<object>;
  isArray?: boolean;
  /** Media types besides application/json, for example text/csv for an export. */
  otherMediaTypes?: string[];
  /** Other success statuses of the same body, for example 200 when the service returns a record it already had. */
  alternatives?: { status: 200 | 201; description: LocalizedText }[];
}

/**
 * One public route of the gateway that forwards to a service: where it is, where it goes, what
 * it accepts (the DTOs that validate the request and document it in OpenAPI) and what it
 * returns. Who may call it is decided by the role matrix under the same id.
 */
export interface ProxyRouteDefinition {
  id: RouteId;
  method: HttpMethod;
  /** Public path in Nest syntax, for example `/v1/interactions/:interactionId`. */
  path: string;
  upstream: UpstreamName;
  /** Path on the service; `:name` segments are filled from the validated path parameters. */
  upstreamPath: string;
  tag: ApiTag;
  summary: LocalizedText;
  description?: LocalizedText;
  params?: Type<object>;
  query?: Type<object>;
  body?: Type<object>;
  response: RouteResponse;
  /** Statuses this route can return besides the ones every route or every POST can. */
  errors: number[];
  debtorRead?: DebtorRead;
  timeout?: 'default' | 'long';
  /**
   * The body sent to the service, when it differs from the validated public body: for example
   * a field naming who acts, which the gateway fills from the authenticated caller so that no
   * client can claim to be someone else.
   */
  upstreamBody?: (body: Record<string, unknown>, actor: string) => Record<string, unknown>;
}
