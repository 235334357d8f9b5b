import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { bilingual } from './api-text';

/** Documents the headers the gateway forwards on every call. */
export function ForwardedHeaders(options: { actorRequired: boolean }) {
  return applyDecorators(
    ApiHeader({
      name: 'X-Actor',
      required: options.actorRequired,
      description: bilingual('Quién actúa, como tipo:id (agent:ag-17); se guarda y va en el evento.', 'Who acts, as kind:id (agent:ag-17); stored and carried in the event.'),
    }),
    ApiHeader({ name: 'X-Request-Id', required: false, description: bilingual('Identificador de correlación.', 'Correlation id.') }),
    ApiHeader({ name: 'traceparent', required: false, description: bilingual('Contexto de traza W3C.', 'W3C trace context.') }),
    ApiHeader({ name: 'Accept-Language', required: false, description: bilingual('es (predeterminado) o en para los mensajes de error.', 'es (default) or en for error messages.') }),
  );
}
