/**
 * The parts of an OpenAPI 3.1 document this toolkit reads. Schemas are plain JSON Schema 2020-12
 * objects, kept loosely typed: the spec, not the code, decides what they hold.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly [key: string]: unknown;
  };
  readonly paths: Readonly<Record<string, PathItem>>;
  readonly components?: { readonly [section: string]: Readonly<Record<string, unknown>> };
  readonly [key: string]: unknown;
}

export type PathItem = { readonly [methodOrKey: string]: unknown };

/** The HTTP methods an OpenAPI path item may describe. */
export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
