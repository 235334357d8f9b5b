import { createHash } from 'node:crypto';

/**
 * Name-based UUID version 5 (RFC 9562, section 5.5): the same namespace and name always give
 * the same id, so a redelivered command recreates the same installment ids.
 */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) {
    throw new Error(`Namespace ${namespace} is not a UUID.`);
  }
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Id of installment `number` (0 for the down payment) of a plan. */
export function installmentIdOf(planId: string, number: number): string {
  return uuidV5(planId, `installment:${number}`);
}
