import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { auditConfigSchema } from '../services/audit/src/config';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { interactionsConfigSchema } from '../services/interactions/src/config';
import { promisesConfigSchema } from '../services/promises/src/config';

interface ComposeService {
  environment?: Record<string, string | number>;
  ports?: string[];
}

const compose = parse(readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };

const schemas: Record<string, z.ZodObject<z.ZodRawShape>> = {
  gateway: gatewayConfigSchema,
  interactions: interactionsConfigSchema,
  promises: promisesConfigSchema,
  audit: auditConfigSchema,
};

const localPorts: Record<string, number> = { gateway: 3000, interactions: 3001, promises: 3002, audit: 3003 };

/** Variables the container image reads itself, outside the service's config schema. */
const IMAGE_VARIABLES = new Set(['SERVICE']);

describe('docker-compose.yml', () => {
  it.each(Object.keys(schemas))('defines the %s service', (name) => {
    expect(compose.services[name]).toBeDefined();
  });

  it.each(Object.entries(schemas))('gives %s only variables its config schema reads', (name, schema) => {
    const environment = compose.services[name].environment ?? {};
    const unknown = Object.keys(environment).filter((variable) => !IMAGE_VARIABLES.has(variable) && !(variable in schema.shape));

    expect(unknown).toEqual([]);
  });

  it.each(Object.entries(schemas))('gives %s a configuration its schema accepts', (name, schema) => {
    const environment = Object.fromEntries(Object.entries(compose.services[name].environment ?? {}).map(([key, value]) => [key, String(value)]));

    const parsed = schema.safeParse(environment);

    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it.each(Object.entries(localPorts))('runs %s on the port the local scripts use (%i)', (name, port) => {
    expect(Number(compose.services[name].environment?.PORT)).toBe(port);
  });

  it('publishes only the gateway, on loopback', () => {
    const published = Object.entries(compose.services).filter(([, service]) => service.ports?.length);

    expect(published.map(([name]) => name)).toEqual(['gateway']);
    expect(compose.services.gateway.ports).toEqual(['127.0.0.1:3000:3000']);
  });
});
