import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SERVICE_NODE_FLAGS } from '@bitacora/config';
import { waitFor } from '@bitacora/testing';

const ROOT = join(__dirname, '..', '..');
const KEPT_OUTPUT_CHARACTERS = 20_000;

/** One service started from dist as its own process. */
export interface ServiceProcess {
  name: string;
  port: number;
  baseUrl: string;
  child: ChildProcess;
  /** The last characters the process wrote to stdout and stderr, for failure messages. */
  output(): string;
}

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node dist/services/<name>/src/main.js` with `environment` added to this process's own.
 * With `logFile`, everything the process writes is also appended to that file in full.
 */
export function startService(name: string, port: number, environment: Record<string, string>, logFile?: string): ServiceProcess {
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, join(ROOT, 'dist', 'services', name, 'src', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = logFile === undefined ? undefined : createWriteStream(logFile, { flags: 'a' });
  child.once('exit', () => log?.end());
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT_CHARACTERS);
    log?.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  return { name, port, baseUrl: `http://127.0.0.1:${port}`, child, output: () => output };
}

/** Waits until the service answers /health/ready; fails at once with its output when it exits. */
export async function waitUntilReady(service: ServiceProcess, timeoutMs: number): Promise<void> {
  await waitFor(
    `${service.name} to be ready on port ${service.port}`,
    async () => {
      if (service.child.exitCode !== null) {
        throw new Error(`${service.name} exited with code ${service.child.exitCode}:\n${service.output()}`);
      }
      const response = await fetch(`${service.baseUrl}/health/ready`).catch(() => undefined);
      return response?.status === 200;
    },
    timeoutMs,
    250,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n--- ${service.name} output ---\n${service.output()}`);
  });
}

/** Sends SIGTERM, and SIGKILL to a process still running after `graceMs`. */
export async function stopServices(services: ServiceProcess[], graceMs: number): Promise<void> {
  await Promise.all(services.map((service) => stopProcess(service.child, graceMs)));
}

async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
