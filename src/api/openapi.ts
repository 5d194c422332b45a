import { z } from 'zod';
import { VERSION } from '../version.ts';
import type { ApiRoute } from './api-routes.ts';
import { ZErrorBody, ZGateBody } from './api-schemas.ts';

type JsonSchema = Record<string, unknown>;

/** A zod schema as the JSON Schema the document embeds (draft 2020-12, which OpenAPI 3.1 uses). */
function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/deployments/:id` as OpenAPI writes it: `/deployments/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** Parameters of one kind (path or query) from an object schema. */
function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = schemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

/**
 * The OpenAPI 3.1 document of the API, generated from the same route table and zod schemas that validate requests,
 * so the document cannot drift from what the bot accepts.
 */
export function openApiDocument(routes: readonly ApiRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const security =
      route.scope === null || route.scope === 'body' ? [] : [{ bearer: route.scope === 'any' ? [] : [route.scope] }];
    const responses: Record<string, JsonSchema> = {};
    for (const [status, description] of Object.entries(route.responses)) {
      const isGate = route.path.includes('/gates/') || route.path.includes('/hooks/');
      if (status === '200' && route.produces) {
        responses[status] = {
          description,
          content: Object.fromEntries(route.produces.map((type) => [type, { schema: { type: 'string' } }])),
        };
        continue;
      }
      responses[status] = {
        description,
        content: {
          'application/json': {
            schema:
              Number(status) >= 400 && !isGate
                ? { $ref: '#/components/schemas/Error' }
                : isGate
                  ? { $ref: '#/components/schemas/Gate' }
                  : {},
          },
        },
      };
    }
    for (const [status, description] of [
      ['400', 'the request is malformed: `details` holds each field path'],
      ['401', 'no token, or not a valid one'],
      ['403', 'the token lacks the scope'],
      ['429', 'too many bad tokens from this address'],
      ['503', 'the API is off (no token exists), or the database or Slack did not answer'],
    ] as const) {
      if (route.scope === null && ['401', '403', '429'].includes(status)) continue;
      responses[status] ??= {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const operation: JsonSchema = {
      summary: route.summary,
      operationId: `${route.method.toLowerCase()}${openApiPath(route.path)
        .replace(/^\/api\/v1/, '')
        .replace(/[{}]/g, '')
        .split('/')
        .filter(Boolean)
        .map(
          (part) => part.charAt(0).toUpperCase() + part.slice(1).replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
        )
        .join('')}`,
      security,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } } }
        : {}),
      responses,
    };
    const path = openApiPath(route.path);
    paths[path] = { ...(paths[path] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'deploy-checklist API',
      version: VERSION,
      description:
        'Open deployment checklists from a pipeline, tick what it knows, report events, and wait on the gate. See docs/pipeline.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A token from `deploy-checklist token create` (scopes: deployments:write, items:write, gates:read, reports:read, stats:read)',
        },
      },
      schemas: { Error: schemaOf(ZErrorBody, 'output'), Gate: schemaOf(ZGateBody, 'output') },
    },
    paths,
  };
}
