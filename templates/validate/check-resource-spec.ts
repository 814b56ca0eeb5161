import type { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import type { Property, PropertyType, Resource } from '@aws-cdk/service-spec-types';
import { subReferences } from './check-references';
import { intrinsicName, isObject, type Json, type TemplateProblem } from './template-problem';

export type ResourceSpec = Awaited<ReturnType<typeof loadAwsServiceSpec>>;

const RESOURCE_ATTRIBUTES = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);

/**
 * Properties `aws cloudformation package` accepts as a local path and rewrites to an S3 location before
 * deployment; in the source template they are strings, not the structure the specification describes.
 */
const PACKAGEABLE: ReadonlySet<string> = new Set(['AWS::Lambda::Function.Code']);

function lookupResource(spec: ResourceSpec, type: string): Resource | undefined {
  return spec.lookup('resource', 'cloudFormationType', 'equals', type)[0];
}

const isNumeric = (value: Json): boolean => typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)));

function checkProperties(
  spec: ResourceSpec,
  properties: Readonly<Record<string, Property>>,
  value: { [key: string]: Json },
  path: string,
  problems: TemplateProblem[],
): void {
  for (const [name, child] of Object.entries(value)) {
    const property = properties[name];
    if (property === undefined) problems.push({ path: `${path}.${name}`, message: 'is not a property in the CloudFormation resource specification' });
    else checkValue(spec, child, property.type, `${path}.${name}`, problems);
  }
  for (const [name, property] of Object.entries(properties)) {
    if (property.required && !(name in value)) problems.push({ path, message: `lacks the required property ${name}` });
  }
}

function checkValue(spec: ResourceSpec, value: Json, type: PropertyType, path: string, problems: TemplateProblem[]): void {
  const fn = intrinsicName(value);
  if (fn !== undefined) {
    // A computed value: check what Fn::If can yield; other functions are resolved at deploy time.
    const argument = isObject(value) ? value[fn] : undefined;
    if (fn === 'Fn::If' && Array.isArray(argument)) {
      for (const branch of argument.slice(1)) {
        if (!(isObject(branch) && branch['Ref'] === 'AWS::NoValue')) checkValue(spec, branch, type, path, problems);
      }
    }
    return;
  }
  const fail = (expected: string): void => {
    problems.push({ path, message: `should be ${expected}, not ${JSON.stringify(value)?.slice(0, 80)}` });
  };
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') fail('a string');
      return;
    case 'number':
    case 'integer':
      if (!isNumeric(value)) fail('a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') fail('a boolean');
      return;
    case 'json':
    case 'null':
      return;
    case 'tag':
      if (!isObject(value) || !('Key' in value) || !('Value' in value)) fail('a tag {Key, Value}');
      return;
    case 'array':
      if (!Array.isArray(value)) fail('a list');
      else value.forEach((item, index) => checkValue(spec, item, type.element, `${path}[${index}]`, problems));
      return;
    case 'map':
      if (!isObject(value)) fail('a mapping');
      else for (const [key, item] of Object.entries(value)) checkValue(spec, item, type.element, `${path}.${key}`, problems);
      return;
    case 'union': {
      const fits = type.types.some((option) => {
        const trial: TemplateProblem[] = [];
        checkValue(spec, value, option, path, trial);
        return trial.length === 0;
      });
      if (!fits) {
        // Report against the first structured option: the likeliest intent.
        const option = type.types.find((candidate) => candidate.type === 'ref') ?? type.types[0];
        if (option) checkValue(spec, value, option, path, problems);
      }
      return;
    }
    case 'ref': {
      const definition = spec.get('typeDefinition', type.reference.$ref);
      if (!isObject(value)) fail(`a ${definition.name} structure`);
      else checkProperties(spec, definition.properties, value, path, problems);
      return;
    }
  }
}

function checkAttributes(spec: ResourceSpec, template: { readonly [key: string]: Json }, problems: TemplateProblem[]): void {
  const resources = isObject(template['Resources']) ? template['Resources'] : {};
  const typeOf = (name: string): string | undefined => {
    const resource = resources[name];
    return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : undefined;
  };
  const check = (resource: string, attribute: string, path: string): void => {
    const type = typeOf(resource);
    const definition = type === undefined ? undefined : lookupResource(spec, type);
    if (definition && !(attribute in definition.attributes)) problems.push({ path, message: `${type} has no attribute ${attribute}` });
  };
  const walk = (value: Json | undefined, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!isObject(value)) return;
    const getAtt = value['Fn::GetAtt'];
    if (intrinsicName(value) === 'Fn::GetAtt' && Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      check(getAtt[0], getAtt[1], path);
    }
    const subArgument = value['Fn::Sub'];
    const subText = Array.isArray(subArgument) ? subArgument[0] : subArgument;
    if (intrinsicName(value) === 'Fn::Sub' && typeof subText === 'string') {
      for (const name of subReferences(subText)) {
        const dot = name.indexOf('.');
        if (dot > 0) check(name.slice(0, dot), name.slice(dot + 1), path);
      }
    }
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  walk(template['Resources'], 'Resources');
  walk(template['Outputs'], 'Outputs');
}

/**
 * Checks every resource against the CloudFormation resource specification (@aws-cdk/aws-service-spec):
 * the type exists, each property is known and of the right shape (recursively), required properties are
 * present, resource attributes are CloudFormation's, and every Fn::GetAtt names a real attribute.
 */
export function checkResourceSpec(template: { readonly [key: string]: Json }, spec: ResourceSpec): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const resources = template['Resources'];
  if (!isObject(resources) || Object.keys(resources).length === 0) return [{ path: 'Resources', message: 'must be a non-empty mapping' }];
  for (const [name, resource] of Object.entries(resources)) {
    const path = `Resources.${name}`;
    if (!isObject(resource)) {
      problems.push({ path, message: 'must be a mapping' });
      continue;
    }
    for (const key of Object.keys(resource)) if (!RESOURCE_ATTRIBUTES.has(key)) problems.push({ path: `${path}.${key}`, message: 'is not a resource attribute' });
    const type = resource['Type'];
    const definition = typeof type === 'string' ? lookupResource(spec, type) : undefined;
    if (definition === undefined) {
      problems.push({ path: `${path}.Type`, message: `${JSON.stringify(type)} is not a CloudFormation resource type` });
      continue;
    }
    const properties = resource['Properties'] ?? {};
    if (!isObject(properties)) {
      problems.push({ path: `${path}.Properties`, message: 'must be a mapping' });
      continue;
    }
    const packaged: Record<string, Property> = {};
    for (const [key, property] of Object.entries(definition.properties)) {
      const local = PACKAGEABLE.has(`${definition.cloudFormationType}.${key}`) && typeof properties[key] === 'string';
      packaged[key] = local ? { ...property, type: { type: 'string' } } : property;
    }
    checkProperties(spec, packaged, properties, `${path}.Properties`, problems);
  }
  checkAttributes(spec, template, problems);
  return problems;
}
