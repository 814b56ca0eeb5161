import { intrinsicName, isObject, type Json, type TemplateProblem } from './template-problem';

export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

/** The names a `Fn::Sub` string refers to: `${Name}` and `${Resource.Attribute}`, not `${!Literal}`. */
export function subReferences(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const name = (match[1] ?? '').trim();
    if (!name.startsWith('!')) names.push(name);
  }
  return names;
}

const keysOf = (section: Json | undefined): string[] => (isObject(section) ? Object.keys(section) : []);

/**
 * Every `Ref`, `Fn::GetAtt`, `Fn::Sub` variable, `Fn::If` / `Condition` name and `DependsOn` resolves, and
 * every parameter and condition is used: a dangling name fails at deploy time, an unused one is a mistake.
 */
export function checkReferences(template: { readonly [key: string]: Json }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const parameters = new Set(keysOf(template['Parameters']));
  const resources = new Set(keysOf(template['Resources']));
  const conditions = new Set(keysOf(template['Conditions']));
  for (const name of parameters) {
    if (resources.has(name)) problems.push({ path: `Parameters.${name}`, message: 'is also a resource name (parameters and resources share one namespace)' });
  }
  const usedParameters = new Set<string>();
  const usedConditions = new Set<string>();

  const useCondition = (name: Json | undefined, path: string): void => {
    if (typeof name !== 'string' || !conditions.has(name)) problems.push({ path, message: `condition ${JSON.stringify(name)} is not defined` });
    else usedConditions.add(name);
  };
  const useName = (name: string, path: string, locals: ReadonlySet<string> = new Set()): void => {
    if (locals.has(name) || PSEUDO_PARAMETERS.has(name) || resources.has(name)) return;
    if (parameters.has(name)) usedParameters.add(name);
    else problems.push({ path, message: `Ref ${name} is neither a parameter, a resource nor a pseudo parameter` });
  };
  const useAttribute = (resource: Json | undefined, path: string): void => {
    if (typeof resource !== 'string' || !resources.has(resource)) problems.push({ path, message: `Fn::GetAtt names no resource: ${JSON.stringify(resource)}` });
  };

  const walk = (value: Json | undefined, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (!isObject(value)) return;
    const fn = intrinsicName(value);
    const argument = fn === undefined ? undefined : value[fn];
    if (fn === 'Ref') {
      if (typeof argument === 'string') useName(argument, path);
      else problems.push({ path, message: 'Ref takes a name' });
      return;
    }
    if (fn === 'Condition') {
      useCondition(argument, path);
      return;
    }
    if (fn === 'Fn::GetAtt') {
      useAttribute(Array.isArray(argument) ? argument[0] : undefined, path);
      return;
    }
    if (fn === 'Fn::Sub') {
      const [text, variables] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
      const locals = new Set(keysOf(variables));
      if (typeof text !== 'string') problems.push({ path, message: 'Fn::Sub takes a string or [string, variables]' });
      else {
        for (const name of subReferences(text)) {
          const dot = name.indexOf('.');
          if (dot > 0 && !locals.has(name)) useAttribute(name.slice(0, dot), path);
          else useName(name, path, locals);
        }
      }
      walk(variables, `${path}.Fn::Sub[1]`);
      return;
    }
    if (fn === 'Fn::If') {
      if (!Array.isArray(argument) || argument.length !== 3) problems.push({ path, message: 'Fn::If takes [condition, then, else]' });
      else {
        useCondition(argument[0], `${path}.Fn::If[0]`);
        walk(argument[1], `${path}.Fn::If[1]`);
        walk(argument[2], `${path}.Fn::If[2]`);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };

  walk(template['Conditions'], 'Conditions');
  const resourceSection = template['Resources'];
  if (isObject(resourceSection)) {
    for (const [name, resource] of Object.entries(resourceSection)) {
      if (!isObject(resource)) continue;
      const path = `Resources.${name}`;
      if (resource['Condition'] !== undefined) useCondition(resource['Condition'], `${path}.Condition`);
      const dependsOn = resource['DependsOn'];
      for (const target of Array.isArray(dependsOn) ? dependsOn : dependsOn === undefined ? [] : [dependsOn]) {
        if (typeof target !== 'string' || !resources.has(target)) problems.push({ path: `${path}.DependsOn`, message: `DependsOn names no resource: ${JSON.stringify(target)}` });
      }
      walk(resource['Properties'], `${path}.Properties`);
      walk(resource['Metadata'], `${path}.Metadata`);
    }
  }
  const outputs = template['Outputs'];
  if (isObject(outputs)) {
    for (const [name, output] of Object.entries(outputs)) {
      if (!isObject(output)) continue;
      if (output['Condition'] !== undefined) useCondition(output['Condition'], `Outputs.${name}.Condition`);
      walk(output['Value'], `Outputs.${name}.Value`);
      walk(output['Export'], `Outputs.${name}.Export`);
    }
  }
  for (const name of parameters) if (!usedParameters.has(name)) problems.push({ path: `Parameters.${name}`, message: 'is never used' });
  for (const name of conditions) if (!usedConditions.has(name)) problems.push({ path: `Conditions.${name}`, message: 'is never used' });
  return problems;
}
