import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Runs `work` in a read-only REPEATABLE READ transaction, so that every page it reads belongs
 * to one snapshot: checkpoints, records and heads agree even while sealing goes on. The
 * connection is released when the generator finishes or its consumer stops early.
 */
export async function* readInSnapshot<T>(dataSource: DataSource, work: (runner: QueryRunner) => AsyncGenerator<T>): AsyncGenerator<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let finished = false;
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    yield* work(runner);
    await runner.query('COMMIT');
    finished = true;
  } finally {
    if (!finished) {
      await runner.query('ROLLBACK');
    }
    await runner.release();
  }
}
