import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { bilingual } from './bilingual';
import { API_KEY_SCHEME, BEARER_SCHEME } from './document-route';

export const DOCS_PATH = 'docs';
export const DOCS_JSON_PATH = 'docs-json';

const DESCRIPTION = bilingual(
  [
    'API pública de Bitácora, el sistema de registro de la gestión de cobranza: interacciones con deudores, política de contacto (Ley 2300 de 2023),',
    'promesas y acuerdos de pago conciliados con los pagos del banco, y el libro de auditoría verificable.',
    'Autenticación con token OAuth2 (Authorization: Bearer) o clave de API (X-Api-Key). Todo POST exige el encabezado Idempotency-Key.',
    'Los errores siguen RFC 9457 (application/problem+json), en español (es-CO) o en inglés con Accept-Language: en.',
    'Cada lectura de datos de un deudor queda registrada (Ley 1581 de 2012).',
  ].join(' '),
  [
    "Bitácora's public API, the system of record for collections: interactions with debtors, contact policy (Ley 2300 de 2023),",
    "payment promises and plans matched against the bank's payments, and the verifiable audit ledger.",
    'Authenticate with an OAuth2 token (Authorization: Bearer) or an API key (X-Api-Key). Every POST requires the Idempotency-Key header.',
    'Errors follow RFC 9457 (application/problem+json), in Spanish (es-CO) or in English with Accept-Language: en.',
    "Every read of a debtor's data is recorded (Ley 1581 de 2012).",
  ].join(' '),
);

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bitácora API — API de gestión de cobranza / Collections API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0.0')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: bilingual('Token OAuth2 del proveedor de identidad.', 'OAuth2 token from the identity provider.') },
      BEARER_SCHEME,
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: bilingual('Clave de API del cliente; también se acepta Authorization: ApiKey <clave>.', "The client's API key; Authorization: ApiKey <key> is accepted too.") },
      API_KEY_SCHEME,
    )
    .build();
  return SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method });
}

/**
 * Serves the OpenAPI 3 document as JSON at /docs-json and, unless `swaggerUi` is false, Swagger UI
 * at /docs, without credentials.
 */
export function serveOpenApi(app: NestFastifyApplication, swaggerUi = true): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: DOCS_JSON_PATH, yamlDocumentUrl: 'docs-yaml', swaggerUiEnabled: swaggerUi });
  return document;
}
