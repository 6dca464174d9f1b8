import type { OperationModel } from '../../spec/operations.js';
import { findNearest } from './edit-distance.js';

/** Where a path and method lead: an operation, a known path with other methods, or nowhere. */
export type RouteMatch =
  | {
      readonly kind: 'operation';
      readonly operation: OperationModel;
      readonly params: Readonly<Record<string, string>>;
    }
  /** `allow`: what a preflight of the path lists too, OPTIONS included. */
  | { readonly kind: 'wrong-method'; readonly allow: readonly string[] }
  | { readonly kind: 'unknown-path'; readonly nearest: string };

/** Routes requests to the operations of one spec, by exact path or path template. */
export interface Router {
  /** The documented paths, as the spec writes them. */
  readonly paths: readonly string[];
  match(method: string, path: string): RouteMatch;
  /** The methods a path serves (HEAD wherever GET is), empty for an unknown path. */
  listMethods(path: string): readonly string[];
}

interface Route {
  readonly template: string;
  readonly pattern: RegExp | undefined;
  readonly names: readonly string[];
  readonly byMethod: ReadonlyMap<string, OperationModel>;
  /** The methods the spec serves here, HEAD wherever GET is. */
  readonly methods: readonly string[];
  /** `methods` and OPTIONS, which the core answers (a preflight) on every known path. */
  readonly allow: readonly string[];
}

/**
 * Builds a router over the operations of a spec. Plain paths are found by one map lookup;
 * templated paths (`/credits/{creditid}/status`) by their patterns, in the spec's order.
 *
 * @example
 * const router = createRouter(contract.operations);
 * router.match('GET', '/api/v1/status/credit'); // { kind: 'operation', operation, params: {} }
 */
export function createRouter(operations: readonly OperationModel[]): Router {
  const routes = buildRoutes(operations);
  const exact = new Map(
    routes.filter((route) => route.pattern === undefined).map((r) => [r.template, r]),
  );
  const templated = routes.filter((route) => route.pattern !== undefined);
  const paths = routes.map((route) => route.template);

  function find(path: string): [Route, Record<string, string>] | undefined {
    const plain = exact.get(path);
    if (plain !== undefined) return [plain, {}];

    for (const route of templated) {
      const found = route.pattern?.exec(path);
      if (found === null || found === undefined) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return [route, params];
    }
    return undefined;
  }

  return {
    paths,
    listMethods: (path) => find(path)?.[0].methods ?? [],
    match(method, path) {
      const found = find(path);
      if (found === undefined)
        return { kind: 'unknown-path', nearest: findNearest(path, paths) ?? '/' };

      const [route, params] = found;
      const lower = method.toLowerCase();
      // HEAD is GET without the body (RFC 9110, 9.3.2) wherever the spec declares no HEAD.
      const operation =
        route.byMethod.get(lower) ?? (lower === 'head' ? route.byMethod.get('get') : undefined);
      if (operation === undefined) return { kind: 'wrong-method', allow: route.allow };
      return { kind: 'operation', operation, params };
    },
  };
}

function buildRoutes(operations: readonly OperationModel[]): Route[] {
  const byPath = new Map<string, Map<string, OperationModel>>();
  for (const operation of operations) {
    const methods = byPath.get(operation.path) ?? new Map<string, OperationModel>();
    methods.set(operation.method, operation);
    byPath.set(operation.path, methods);
  }
  return [...byPath].map(([template, byMethod]) => {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((found) => found[1] ?? '');
    const methods = listAllowed(byMethod);
    return {
      template,
      pattern: names.length === 0 ? undefined : compileTemplate(template),
      names,
      byMethod,
      methods,
      // A 405 lists what the path answers, and a preflight is an answer: Allow must not differ
      // between the 405 and the OPTIONS of the same path.
      allow: methods.includes('OPTIONS') ? methods : [...methods, 'OPTIONS'],
    };
  });
}

/** The methods of a path, upper case, HEAD after GET when the spec declares no HEAD itself. */
function listAllowed(byMethod: ReadonlyMap<string, OperationModel>): string[] {
  const methods = [...byMethod.keys()];
  if (byMethod.has('get') && !byMethod.has('head'))
    methods.splice(methods.indexOf('get') + 1, 0, 'head');
  return methods.map((method) => method.toUpperCase());
}

/** `/credits/{creditid}/status` matches `/credits/42/status`, one segment per parameter. */
function compileTemplate(template: string): RegExp {
  const parts = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('([^/]+)')}$`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
