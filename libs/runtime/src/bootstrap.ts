import { randomUUID } from 'node:crypto';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { ConfigError } from '@bitacora/config';
import { buildProblem, createValidationPipe, DomainError, languageOf, PROBLEM_CONTENT_TYPE, ProblemDetailsFilter, RequestValidationError, unsafeInputProblems } from '@bitacora/http';
import { enterContext } from '@bitacora/observability';

export interface BootstrapOptions {
  service: string;
  module: Type<unknown> | DynamicModule;
  host: string;
  port: number;
  logger: PinoLogger;
  shutdownTimeoutMs: number;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Runs after the app is created and before it listens: Swagger, global pipes, hooks. */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Accepts a caller's X-Request-Id when it is a sane token, else makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Sends the errors the router raises before any route runs (a path parameter that is too long,
 * broken percent-encoding) as problem details, like every other error.
 */
function answerRouterError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const domainError = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? new DomainError('request.path_too_long', 414) : new DomainError('request.bad_url', 400);
  const language = languageOf(request.headers['accept-language']);
  void reply
    .status(domainError.status)
    .header('Content-Type', PROBLEM_CONTENT_TYPE)
    .header('Content-Language', language === 'es' ? 'es-CO' : 'en')
    .send(buildProblem(domainError, language, { url: request.url, id: String(request.id) }));
}

export function createFastifyAdapter(bodyLimit = 1024 * 1024): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit,
    frameworkErrors: answerRouterError,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => requestIdFrom(request.headers['x-request-id']),
    requestIdHeader: false,
    trustProxy: false,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    const traceparent = request.headers.traceparent;
    enterContext({ requestId: request.id, traceparent: typeof traceparent === 'string' ? traceparent : undefined });
    void reply.header('x-request-id', request.id);
    done();
  });
  // Unsafe input is rejected before guards, interceptors and validators run, because deep nesting
  // overflows their stack and PostgreSQL rejects NUL characters.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const problems = [...unsafeInputProblems(request.query), ...unsafeInputProblems(request.params), ...unsafeInputProblems(request.body)];
    done(problems.length > 0 ? new RequestValidationError(problems) : undefined);
  });
  return adapter;
}

/**
 * Creates a service on Fastify, listens, and installs a graceful shutdown. On SIGTERM or SIGINT
 * Nest stops consumers, drains the outbox and closes connections. If that takes longer than
 * `shutdownTimeoutMs`, the process exits with status 1 rather than hang.
 */
export async function bootstrapService(options: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(options.module, createFastifyAdapter(options.bodyLimit), { bufferLogs: true });
  app.useLogger(app.get(NestPinoLogger));
  // Only the stop signals: SIGUSR2 stays free for --heapsnapshot-signal and other diagnostics.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  await options.configure?.(app);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      options.logger.info({ signal }, 'shutdown requested');
      setTimeout(() => {
        options.logger.error({ timeoutMs: options.shutdownTimeoutMs }, 'graceful shutdown timed out; exiting');
        process.exit(1);
      }, options.shutdownTimeoutMs).unref();
    });
  }

  await app.listen(options.port, options.host);
  options.logger.info({ host: options.host, port: options.port }, `${options.service} listening`);
  return app;
}

/**
 * Runs `main` and turns a startup failure into one clear line and exit status 1. A configuration
 * problem prints the variables to fix; anything else prints the error.
 */
export function runMain(service: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${service}: ${error.message}\n`);
    } else {
      process.stderr.write(`${service}: startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  });
}
