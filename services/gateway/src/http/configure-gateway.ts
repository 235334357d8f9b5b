import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { enterContext } from '@bitacora/observability';
import type { GatewayConfig } from '../config';
import { serveOpenApi } from '../openapi/swagger-setup';
import { attachTraceContext } from '../upstream/call-context';
import { formatTraceparent } from '../upstream/trace-context';

/** Headers a browser client may send and read when its origin is allowed. */
const CORS_ALLOWED_HEADERS = ['Authorization', 'X-Api-Key', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id', 'traceparent', 'tracestate'];
const CORS_EXPOSED_HEADERS = ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Content-Disposition', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

/**
 * Everything the gateway adds to a Nest Fastify application before it listens: security headers,
 * CORS for the configured origins only, the trace context of each request, and the OpenAPI
 * document with Swagger UI.
 */
export async function configureGateway(app: NestFastifyApplication, config: GatewayConfig, options: { swaggerUi?: boolean } = {}): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
  }

  app.getHttpAdapter().getInstance().addHook('onRequest', (request, _reply, done) => {
    const trace = attachTraceContext(request);
    enterContext({ requestId: String(request.id), traceparent: formatTraceparent(trace) });
    done();
  });

  serveOpenApi(app, options.swaggerUi ?? true);
}
