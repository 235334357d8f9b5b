/**
 * Identifier of one hash chain. The ledger keeps one chain per input Kafka partition, so the id
 * is `<topic>:<partition>`, for example `collections.interactions.v1:3`.
 */
export function formatChainId(topic: string, partition: number): string {
  if (topic.length === 0 || topic.includes(':')) {
    throw new RangeError(`Invalid topic "${topic}" for a chain id: it must be non-empty and contain no ':'`);
  }
  if (!Number.isSafeInteger(partition) || partition < 0) {
    throw new RangeError(`Invalid partition ${partition} for a chain id: it must be a non-negative integer`);
  }

  return `${topic}:${partition}`;
}

export interface ChainSource {
  topic: string;
  partition: number;
}

/** Splits a chain id into its topic and partition; returns null when the id has another form. */
export function parseChainId(chainId: string): ChainSource | null {
  const separator = chainId.lastIndexOf(':');
  if (separator <= 0) {
    return null;
  }

  const topic = chainId.slice(0, separator);
  const partitionText = chainId.slice(separator + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(partitionText)) {
    return null;
  }

  const partition = Number(partitionText);
  if (!Number.isSafeInteger(partition)) {
    return null;
  }

  return { topic, partition };
}

/** Orders chain ids by UTF-16 code units, the order RFC 8785 gives to member names. */
export function compareChainIds(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
