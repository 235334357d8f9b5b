// The short fault scenario: the four services on a PostgreSQL cluster and a Kafka broker of their
// own, under steady load, while each service is killed once, the broker and the database restart.
// The scenario reconciles every accepted interaction and payment and exits 0 only when nothing was
// lost, duplicated or mismatched. `npm run reliability:faults` runs the full version.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SCENARIO_TIMEOUT_MS = 12 * 60_000;

interface ScenarioRun {
  code: number | null;
  output: string;
}

function runShortScenario(): Promise<ScenarioRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'reliability', 'faults.ts'), '--short'], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('fault scenario', () => {
  it(
    'loses and duplicates nothing',
    async () => {
      const { code, output } = await runShortScenario();
      const reconciliation = output.split('\n').filter((line) => line.includes('|') || line.includes('RESULT') || line.includes('scenario failed'));

      expect({ code, reconciliation }).toMatchObject({ code: 0 });
      expect(output).toContain('RESULT: PASS');
      // Every fault of the short plan must have happened, or the reconciliation proves little.
      for (const fault of ['kill-interactions', 'kill-promises', 'kill-audit', 'kill-gateway', 'restart-broker', 'restart-postgres']) {
        expect(output).toContain(`${fault} injected`);
      }
    },
    SCENARIO_TIMEOUT_MS,
  );
});
