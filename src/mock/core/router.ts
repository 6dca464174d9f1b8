import type { OperationModel } from '../../spec/operations.js';
import { findNearest } from './edit-distance.js';

/** Where a path and method lead: an operation, a known path with other methods, or nowhere. */
export type RouteMatch =
  | {
      readonly kind: 'operation';
      readonly operation: OperationModel;
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'wrong-method'; readonly allow: readonly string[] }
  | { readonly kind: 'unknown-path'; readonly nearest: string };

/** Routes requests to the operations of one spec, by exact path or path template. */
export interface Router {
  /** The documented paths, as the spec writes them. */
  readonly paths: readonly string[];
  match(method: string, path: string): RouteMatch;
  /** The methods a path serves, empty for an unknown path. */
  listMethods(path: string): readonly string[];
}

interface Route {
  readonly template: string;
  readonly pattern: RegExp | undefined;
  readonly names: readonly string[];
  readonly byMethod: ReadonlyMap<string, OperationModel>;
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
    listMethods: (path) => find(path)?.[0].allow ?? [],
    match(method, path) {
      const found = find(path);
      if (found === undefined)
        return { kind: 'unknown-path', nearest: findNearest(path, paths) ?? '/' };

      const [route, params] = found;
      const operation = route.byMethod.get(method.toLowerCase());
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
    return {
      template,
      pattern: names.length === 0 ? undefined : compileTemplate(template),
      names,
      byMethod,
      allow: [...byMethod.keys()].map((method) => method.toUpperCase()),
    };
  });
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
