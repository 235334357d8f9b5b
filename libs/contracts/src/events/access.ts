import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/** Every read of a debtor's data through the gateway (Ley 1581 de 2012, accountability). */
export const AccessEventTypes = {
  debtorDataAccessed: 'co.collections.access.debtor-data-read.v1',
} as const;

export interface DebtorDataAccessedData {
  accessId: string;
  debtorId: string;
  accountId?: string;
  principal: { kind: 'api_key' | 'jwt'; id: string; roles: string[] };
  method: string;
  route: string;
  requestId: string;
  accessedAt: string;
  resultCount?: number;
}

export const accessEvents: EventDefinition[] = [
  {
    type: AccessEventTypes.debtorDataAccessed,
    topic: Topics.access,
    summary: "Someone read a debtor's data through the API.",
    dataSchema: {
      type: 'object',
      required: ['accessId', 'debtorId', 'principal', 'method', 'route', 'requestId', 'accessedAt'],
      additionalProperties: false,
      properties: {
        accessId: Fragments.uuid,
        debtorId: Fragments.bankId,
        accountId: Fragments.bankId,
        principal: {
          type: 'object',
          required: ['kind', 'id', 'roles'],
          additionalProperties: false,
          properties: {
            kind: { enum: ['api_key', 'jwt'] },
            id: { type: 'string', minLength: 1, maxLength: 200 },
            roles: { type: 'array', items: { type: 'string' } },
          },
        },
        method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
        route: { type: 'string', maxLength: 300 },
        requestId: { type: 'string', maxLength: 200 },
        accessedAt: Fragments.instant,
        resultCount: { type: 'integer', minimum: 0 },
      },
    },
    example: {
      accessId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      debtorId: 'CC-1020304050',
      principal: { kind: 'api_key', id: 'crm-main', roles: ['agent'] },
      method: 'GET',
      route: '/v1/debtors/:debtorId/timeline',
      requestId: 'req-7f3a',
      accessedAt: '2026-03-10T15:42:10Z',
      resultCount: 42,
    },
  },
];
