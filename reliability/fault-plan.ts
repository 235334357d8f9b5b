import { SeededRandom } from '../tools-src/portfolio/random';

export type FaultKind = 'kill-interactions' | 'kill-promises' | 'kill-audit' | 'kill-gateway' | 'restart-broker' | 'restart-postgres' | 'pause-promises';

export interface PlannedFault {
  kind: FaultKind;
  /** Seconds after the load starts. */
  atSeconds: number;
}

const ROUND: readonly FaultKind[] = ['kill-interactions', 'kill-promises', 'kill-audit', 'kill-gateway', 'restart-broker', 'restart-postgres'];

/**
 * Orders the faults at random moments, the same ones for the same seed. The short plan contains
 * one kill per service, one broker restart and one PostgreSQL restart. The full plan repeats that
 * round, with a consumer pause, as many times as the duration allows. Each fault has its own slot,
 * and the moment inside the slot is random, so faults never overlap.
 */
export function planFaults(seed: number, durationSeconds: number, short: boolean): PlannedFault[] {
  const random = new SeededRandom(seed);
  const rounds = short ? 1 : Math.max(1, Math.floor(durationSeconds / 240));
  const kinds: FaultKind[] = [];
  for (let round = 0; round < rounds; round++) {
    kinds.push(...shuffle<FaultKind>(random, short ? ROUND : [...ROUND, 'pause-promises']));
  }
  const slotSeconds = durationSeconds / (kinds.length + 1);
  return kinds.map((kind, index) => ({ kind, atSeconds: Math.round(slotSeconds * (index + 0.5) + random.next() * slotSeconds * 0.5) }));
}

function shuffle<T>(random: SeededRandom, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.integer(0, index);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
