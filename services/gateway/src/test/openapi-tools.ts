import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  operationId: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export type Schema = { [keyword: string]: unknown };

export interface DocumentedOperation {
  method: string;
  /** Path in OpenAPI form, for example `/v1/debtors/{debtorId}/timeline`. */
  path: string;
  operation: Operation;
}

export function operationsOf(document: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })));
}

/** OpenAPI keywords that only describe, which ajv would not know. */
const ANNOTATIONS = new Set(['example', 'examples']);

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema for ajv: `nullable` becomes a union with null,
 * and the annotation-only keywords are dropped.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;

  const { nullable, ...rest } = schema as Schema;
  const converted: Schema = {};
  for (const [keyword, value] of Object.entries(rest)) {
    if (ANNOTATIONS.has(keyword)) continue;
    converted[keyword] = keyword === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([name, property]) => [name, toJsonSchema(property)])) : toJsonSchema(value);
  }
  if (typeof converted.$ref === 'string') {
    converted.$ref = converted.$ref.replace('#/components/schemas/', 'components#/schemas/');
  }
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/** Compiles response schemas of a document, with its component schemas resolvable by $ref. */
export class ResponseValidator {
  private readonly ajv: Ajv;

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'components', schemas: toJsonSchema(document.components.schemas) });
  }

  compile(schema: Schema): ValidateFunction {
    return this.ajv.compile(toJsonSchema(schema) as Schema);
  }
}

const SAMPLE_STRINGS: Record<string, string> = {
  uuid: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
  date: '2026-03-13',
  'date-time': '2026-03-10T10:30:00-05:00',
};

/** Builds a valid value of `schema`: its example when it has one, else one built from its type. */
export function sampleOf(schema: Schema, document: OpenApiDocument): unknown {
  if (typeof schema.$ref === 'string') {
    return sampleOf(document.components.schemas[schema.$ref.split('/').pop() ?? ''], document);
  }
  if (Array.isArray(schema.allOf)) return sampleOf(schema.allOf[0] as Schema, document);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.enum)) return schema.enum[0];

  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, sampleOf(properties[name], document)]));
    }
    case 'array':
      return [sampleOf(schema.items as Schema, document)];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    default:
      return SAMPLE_STRINGS[String(schema.format)] ?? 'sample';
  }
}

export interface SampleRequest {
  method: string;
  url: string;
  payload?: unknown;
}

/** Builds a request that the operation's documentation calls valid: example path parameters, required query parameters, an example body. */
export function sampleRequestOf(documented: DocumentedOperation, document: OpenApiDocument): SampleRequest {
  const parameters = documented.operation.parameters ?? [];
  const url = documented.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    return encodeURIComponent(String(parameter ? sampleOf(parameter.schema, document) : 'x'));
  });
  const query = new URLSearchParams();
  for (const parameter of parameters.filter((candidate) => candidate.in === 'query' && candidate.required)) {
    query.set(parameter.name, String(sampleOf(parameter.schema, document)));
  }
  const body = documented.operation.requestBody?.content['application/json']?.schema;
  return {
    method: documented.method,
    url: query.size > 0 ? `${url}?${query.toString()}` : url,
    payload: body ? sampleOf(body, document) : undefined,
  };
}
