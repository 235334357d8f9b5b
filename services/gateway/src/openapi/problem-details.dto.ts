import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { bilingual } from './bilingual';

export class FieldProblemDto {
  @ApiProperty({ description: bilingual('Ruta JSON del campo inválido.', 'JSON path of the invalid field.'), example: 'promises[0].amount' })
  field!: string;

  @ApiProperty({ description: bilingual('Código estable del problema.', 'Stable problem code.'), example: 'field.amount' })
  code!: string;

  @ApiProperty({
    description: bilingual('Qué está mal y cómo corregirlo, en el idioma pedido.', 'What is wrong and how to fix it, in the requested language.'),
    example: 'Debe ser un valor decimal positivo en texto, por ejemplo "150000.00".',
  })
  message!: string;
}

/** RFC 9457 problem details as every error of the API returns them (application/problem+json). */
export class ProblemDetailsDto {
  @ApiProperty({ description: bilingual('URI que identifica el tipo de problema.', 'URI that identifies the problem type.'), example: 'https://bitacora.dev/problems/request-invalid' })
  type!: string;

  @ApiProperty({ description: bilingual('Resumen corto del tipo de problema.', 'Short summary of the problem type.'), example: 'Solicitud inválida' })
  title!: string;

  @ApiProperty({ description: bilingual('Código de estado HTTP.', 'HTTP status code.'), example: 400 })
  status!: number;

  @ApiProperty({
    description: bilingual('Explicación para esta solicitud, en español (es-CO) o en inglés con Accept-Language: en.', 'Explanation for this request, in Spanish (es-CO) or in English with Accept-Language: en.'),
    example: 'La solicitud tiene datos inválidos.',
  })
  detail!: string;

  @ApiProperty({ description: bilingual('Ruta de la solicitud que falló.', 'Path of the request that failed.'), example: '/v1/interactions' })
  instance!: string;

  @ApiProperty({ description: bilingual('Código estable del problema, para programas.', 'Stable problem code, for programs.'), example: 'request.invalid' })
  code!: string;

  @ApiProperty({ description: bilingual('Identificador de la solicitud (X-Request-Id); cítelo a soporte.', 'Request id (X-Request-Id); quote it to support.'), example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11' })
  requestId!: string;

  @ApiPropertyOptional({ type: [FieldProblemDto], description: bilingual('Un problema por campo inválido.', 'One problem per invalid field.') })
  errors?: FieldProblemDto[];
}
