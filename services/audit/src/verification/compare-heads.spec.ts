import { compareHeads } from './verify-stored-ledger';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

describe('compareHeads', () => {
  it('accepts heads equal to the recomputed chains', () => {
    expect(compareHeads([{ chain_id: 'c:0', sequence: '5', hash: hashA }], [{ chainId: 'c:0', records: 5, headSequence: 5, headHash: hashA }])).toBeNull();
  });

  it('names the first record after the recomputed end when the tail is gone', () => {
    const problem = compareHeads([{ chain_id: 'c:0', sequence: '7', hash: hashB }], [{ chainId: 'c:0', records: 5, headSequence: 5, headHash: hashA }]);

    expect(problem).toEqual({ kind: 'CHAIN_HEAD_MISMATCH', chainId: 'c:0', sequence: 6, checkpointSequence: null, expected: `7:${hashB}`, found: `5:${hashA}` });
  });

  it('reports a head whose chain has no records', () => {
    const problem = compareHeads([{ chain_id: 'c:1', sequence: '2', hash: hashA }], []);

    expect(problem).toMatchObject({ kind: 'CHAIN_HEAD_MISMATCH', chainId: 'c:1', sequence: 1, found: 'no records' });
  });
});
