export { parseTemplate } from './parse-template';
export { checkReferences, PSEUDO_PARAMETERS, subReferences } from './check-references';
export { checkResourceSpec } from './check-resource-spec';
export type { ResourceSpec } from './check-resource-spec';
export { checkConformancePack, PACK_LIMITS } from './check-conformance-pack';
export { TemplateResolver, UnresolvableError } from './resolve-template';
export type { Deployment } from './resolve-template';
export { intrinsicName, isObject, TemplateParseError } from './template-problem';
export type { Json, TemplateProblem } from './template-problem';
