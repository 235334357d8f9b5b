// Starts one built service (dist/) the way its main.ts does, but on the schema, topics and
// consumer groups a benchmark owns, which main.ts cannot take from the environment.
//   BENCH_SERVICE=gateway|interactions|promises|audit BENCH_SCHEMA=<schema>
//   BENCH_TOPICS='{"interactions":"..."}' BENCH_GROUP_SUFFIX=<suffix> node bench/lib/service-main.cjs
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher: it loads the built services from dist/ by path */
require('reflect-metadata');
const path = require('node:path');

const dist = path.resolve(__dirname, '../../dist');
const load = (relative) => require(path.join(dist, relative));
const { bootstrapService, runMain } = load('libs/runtime/src/index.js');
const { createLogger } = load('libs/observability/src/index.js');

const service = process.env.BENCH_SERVICE;
const schema = process.env.BENCH_SCHEMA;
const topics = JSON.parse(process.env.BENCH_TOPICS ?? '{}');
const groupSuffix = process.env.BENCH_GROUP_SUFFIX ?? 'bench';

function moduleOf(config, logger) {
  switch (service) {
    case 'gateway':
      return { module: load('services/gateway/src/app.module.js').GatewayModule.register(config, logger, { schema, accessTopic: topics.access }),
        configure: (app) => load('services/gateway/src/http/configure-gateway.js').configureGateway(app, config), bodyLimit: config.BODY_LIMIT_BYTES };
    case 'interactions':
      return { module: load('services/interactions/src/app.module.js').InteractionsModule.register(config, logger, schema, { topics }),
        configure: load('services/interactions/src/openapi.js').serveOpenApiDocument };
    case 'promises':
      return { module: load('services/promises/src/app.module.js').PromisesModule.register(config, logger, schema, {
          topics, consumerGroups: { payments: `promises.payments.${groupSuffix}`, interactions: `promises.interactions.${groupSuffix}` } }),
        configure: load('services/promises/src/openapi.js').serveApiDocs };
    case 'audit':
      return { module: load('services/audit/src/app.module.js').AuditModule.register(config, logger, schema, { topics, groupId: `audit.ledger.${groupSuffix}` }),
        configure: load('services/audit/src/swagger.js').setupSwagger };
    default:
      throw new Error(`BENCH_SERVICE "${service}" is not one of gateway, interactions, promises, audit`);
  }
}

const loaders = {
  gateway: () => load('services/gateway/src/config.js').loadGatewayConfig(),
  interactions: () => load('services/interactions/src/config.js').loadInteractionsConfig(),
  promises: () => load('services/promises/src/config.js').loadPromisesConfig(),
  audit: () => load('services/audit/src/config.js').loadAuditConfig(),
};

runMain(service, async () => {
  const config = loaders[service]();
  const logger = createLogger({ service, level: config.LOG_LEVEL, pretty: false });
  const { module, configure, bodyLimit } = moduleOf(config, logger);
  await bootstrapService({ service, module, host: config.HOST, port: config.PORT, logger, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS, bodyLimit, configure });
});
