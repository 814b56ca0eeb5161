export { param } from './parameter-spec';
export type { AnyParameterSpec, ParameterKind, ParameterSpec, ParameterSpecs, ParameterValues, PortRange, Spec } from './parameter-spec';
export { parseParameters } from './parse-parameters';
export type { RawParameters } from './parse-parameters';
