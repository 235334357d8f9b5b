import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { InfrastructureModule } from '@bitacora/runtime';
import { AccessRecorder } from './access-log/access-recorder';
import { ApiClientsRepository } from './auth/api-clients.repository';
import { AuthGuard } from './auth/auth.guard';
import { Authenticator } from './auth/authenticator';
import { BootstrapClientSeeder } from './auth/bootstrap-client';
import { throttlerOptionsFor } from './auth/client-throttling';
import type { GatewayConfig } from './config';
import { registerGatewayMessages } from './http/gateway-messages';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { IdempotencySweeper } from './idempotency/idempotency-sweeper';
import { IdempotentExecution } from './idempotency/idempotent-execution';
import { gatewayMigrations } from './migrations';
import { createProxyController } from './routes/proxy-controller.factory';
import { PROXY_ROUTES } from './routes/route-table';
import { RouteForwarder } from './routes/route-forwarder';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineService } from './timeline/timeline.service';
import { ACCESS_TOPIC, GATEWAY_CONFIG, GATEWAY_SCHEMA_TOKEN, UPSTREAM_BASE_URLS } from './tokens';
import type { UpstreamBaseUrls } from './upstream/upstream-name';
import { UpstreamClient } from './upstream/upstream.client';

export const GATEWAY_SCHEMA = 'gateway';

export interface GatewayModuleOptions {
  /** Postgres schema of the gateway's tables; tests use a fresh one. */
  schema?: string;
  /** Topic of access events; tests use a derived name such as `collections.access.v1.test-1a2b`. */
  accessTopic?: string;
}

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, logger: Logger, options: GatewayModuleOptions = {}): DynamicModule {
    registerGatewayMessages();
    const schema = options.schema ?? GATEWAY_SCHEMA;
    const accessTopic = options.accessTopic ?? Topics.access;
    const upstreams: UpstreamBaseUrls = {
      interactions: config.UPSTREAM_INTERACTIONS_URL,
      promises: config.UPSTREAM_PROMISES_URL,
      audit: config.UPSTREAM_AUDIT_URL,
    };

    return {
      module: GatewayModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'gateway',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: gatewayMigrations },
          topics: [{ topic: accessTopic }],
        }),
        ThrottlerModule.forRoot(throttlerOptionsFor(config)),
      ],
      controllers: [createProxyController(PROXY_ROUTES), TimelineController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: GATEWAY_SCHEMA_TOKEN, useValue: schema },
        { provide: ACCESS_TOPIC, useValue: accessTopic },
        { provide: UPSTREAM_BASE_URLS, useValue: upstreams },
        ApiClientsRepository,
        Authenticator,
        BootstrapClientSeeder,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        IdempotencyStore,
        IdempotentExecution,
        IdempotencySweeper,
        AccessRecorder,
        UpstreamClient,
        RouteForwarder,
        TimelineService,
      ],
    };
  }
}
