import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** Builds the OpenAPI document of the audit service's internal API. */
export function buildAuditOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bitácora audit (API interna / internal API)')
    .setDescription(
      'Libro de auditoría a prueba de alteraciones: consulta, exportación con pruebas de cadena, verificación, retenciones legales. ' +
        'Solo la pasarela la llama. / Tamper-evident audit ledger: query, export with chain proofs, verification, legal holds. ' +
        'Only the gateway calls it.',
    )
    .setVersion('1.0.0')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Serves Swagger UI at /docs and the OpenAPI document at /docs-json. */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildAuditOpenApi(app), { jsonDocumentUrl: 'docs-json' });
}
