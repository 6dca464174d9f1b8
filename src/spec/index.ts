export { coerceBySchema } from './coerce.js';
export {
  type Check,
  type CompiledContract,
  type CompileOptions,
  compileContract,
} from './compile.js';
export { DEFAULT_SPEC_URL, type LoadedSpec, loadSpec, parseSpec } from './load.js';
export { findAnnotated, normalizeBySchema } from './normalize.js';
export type {
  ExampleModel,
  MediaModel,
  OperationModel,
  ParameterModel,
  ResponseModel,
} from './operations.js';
export { buildOperations } from './operations.js';
export { dereference, resolvePointer, toPointer } from './resolve.js';
export type { HttpMethod, JsonSchema, OpenApiDocument } from './types.js';
