/**
 * Creates each service's schema, owner role and app role, connected as the admin role in
 * DATABASE_URL. Passwords come from <SERVICE>_DB_PASSWORD and <SERVICE>_DB_OWNER_PASSWORD;
 * without them the local development defaults apply, which services refuse in production.
 *
 *   node dist/libs/persistence/src/cli/provision-services.js gateway interactions promises audit
 */
import { provisionServiceDatabase } from '../provision';

const LOCAL_PASSWORD_PREFIX = 'bitacora-local';

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      'falta DATABASE_URL: use la URL del rol administrador / DATABASE_URL is missing: set it to the admin role URL, for example postgres://bitacora:PASSWORD@127.0.0.1:5433/bitacora',
    );
  }
  const services = process.argv.slice(2);
  if (services.length === 0) {
    throw new Error('indique al menos un servicio / name at least one service: gateway, interactions, promises, audit');
  }
  for (const service of services) {
    const upper = service.toUpperCase();
    await provisionServiceDatabase(adminUrl, {
      schema: service,
      ownerRole: `bitacora_${service}_owner`,
      ownerPassword: process.env[`${upper}_DB_OWNER_PASSWORD`] ?? `${LOCAL_PASSWORD_PREFIX}-${service}-owner`,
      appRole: `bitacora_${service}`,
      appPassword: process.env[`${upper}_DB_PASSWORD`] ?? `${LOCAL_PASSWORD_PREFIX}-${service}`,
    });
    process.stdout.write(`esquema ${service} listo / schema ${service} provisioned (roles bitacora_${service}_owner, bitacora_${service})\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`falló la preparación / provisioning failed: ${(error as Error).message}\n`);
  process.exit(1);
});
