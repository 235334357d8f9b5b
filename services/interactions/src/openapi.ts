import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Builds the OpenAPI document of the internal API from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bitácora — interactions (API interna / internal API)')
    .setDescription(
      'Gestiones de cobranza, política de contacto (Ley 2300 de 2023), autorizaciones, disputas y seguimiento de obligaciones. ' +
        'Solo el gateway la llama; envía X-Request-Id, traceparent, Accept-Language y X-Actor. — ' +
        'Collection interactions, contact policy (Ley 2300 de 2023), consents, disputes and account follow-up. ' +
        'Only the gateway calls it; it sends X-Request-Id, traceparent, Accept-Language and X-Actor.',
    )
    .setVersion('1.0.0')
    .build();

  return SwaggerModule.createDocument(app, config);
}

/** Serves the document at /docs (Swagger UI) and /docs-json. */
export function serveOpenApiDocument(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
}
