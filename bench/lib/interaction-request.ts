// The request the ingest benchmarks send: an outbound collection call to a new debtor each time,
// through the gateway's public API with the local API key and a fresh Idempotency-Key.
import type { PlannedRequest } from './http-load';

export const LOCAL_API_KEY = 'bk_local_admin_0000000000000000000000000000';

export function interactionRequest(run: string, index: number): PlannedRequest {
  const suffix = `${run}-${index}`;
  const body = JSON.stringify({
    debtorId: `CC-${suffix}`,
    accountIds: [`CRED-${suffix}`],
    party: { id: `CC-${suffix}`, role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: '2026-03-10T10:30:00-05:00',
    durationSeconds: 120,
    agentId: 'ag-17',
    outcomeCode: 'RIGHT_PARTY_REACHED',
    notes: 'Dice que paga el viernes.',
    sourceSystem: 'bench',
    sourceReference: `CALL-${suffix}`,
  });
  return {
    method: 'POST',
    path: '/v1/interactions',
    headers: { 'content-type': 'application/json', 'x-api-key': LOCAL_API_KEY, 'idempotency-key': `bench-${suffix}`, 'content-length': String(Buffer.byteLength(body)) },
    body,
  };
}
