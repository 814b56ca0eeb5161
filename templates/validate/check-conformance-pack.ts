import { TemplateResolver } from './resolve-template';
import { isObject, type Json, type TemplateProblem } from './template-problem';

/**
 * Limits of a conformance pack template. Sources: PutConformancePack (TemplateBody 1 to 51,200 bytes;
 * only AWS::Config::ConfigRule and AWS::Config::RemediationConfiguration), AWS Config service quotas
 * (130 rules and 60 parameters per conformance pack), PutConfigRule (ConfigRuleName 1-128, Description
 * 0-256, InputParameters 1-1,024 characters).
 */
export const PACK_LIMITS = {
  bodyBytes: 51_200,
  rules: 130,
  parameters: 60,
  inputParametersChars: 1_024,
  nameChars: 128,
  descriptionChars: 256,
} as const;

const PACK_SECTIONS = new Set(['Parameters', 'Conditions', 'Resources']);
const PACK_TYPES = new Set(['AWS::Config::ConfigRule', 'AWS::Config::RemediationConfiguration']);

/** What Config enforces on a conformance pack beyond CloudFormation's own rules. */
export function checkConformancePack(template: { readonly [key: string]: Json }, body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > PACK_LIMITS.bodyBytes) problems.push({ path: '(body)', message: `is ${bytes} bytes; a pack template may have at most ${PACK_LIMITS.bodyBytes}` });
  for (const section of Object.keys(template)) {
    if (!PACK_SECTIONS.has(section)) problems.push({ path: section, message: 'is not allowed in a conformance pack (only Parameters, Conditions, Resources)' });
  }
  const parameters = isObject(template['Parameters']) ? template['Parameters'] : {};
  const parameterCount = Object.keys(parameters).length;
  if (parameterCount > PACK_LIMITS.parameters) problems.push({ path: 'Parameters', message: `has ${parameterCount}; at most ${PACK_LIMITS.parameters}` });
  for (const [name, parameter] of Object.entries(parameters)) {
    const path = `Parameters.${name}`;
    if (!isObject(parameter) || parameter['Type'] !== 'String') problems.push({ path, message: 'should be of Type String (Config passes every value as a string)' });
    const description = isObject(parameter) ? parameter['Description'] : undefined;
    if (typeof description === 'string' && description.length > PACK_LIMITS.descriptionChars) {
      problems.push({ path: `${path}.Description`, message: `is ${description.length} characters; at most ${PACK_LIMITS.descriptionChars}` });
    }
  }
  const resources = isObject(template['Resources']) ? template['Resources'] : {};
  const resolver = new TemplateResolver(template);
  let ruleCount = 0;
  for (const [name, resource] of Object.entries(resources)) {
    const path = `Resources.${name}`;
    const type = isObject(resource) ? resource['Type'] : undefined;
    if (typeof type !== 'string' || !PACK_TYPES.has(type)) {
      problems.push({ path: `${path}.Type`, message: `${JSON.stringify(type)} cannot be in a conformance pack (only AWS::Config::ConfigRule and AWS::Config::RemediationConfiguration)` });
      continue;
    }
    if (type !== 'AWS::Config::ConfigRule' || !isObject(resource)) continue;
    ruleCount++;
    const properties = isObject(resource['Properties']) ? resource['Properties'] : {};
    const ruleName = properties['ConfigRuleName'];
    if (typeof ruleName !== 'string' || ruleName.length < 1 || ruleName.length > PACK_LIMITS.nameChars) {
      problems.push({ path: `${path}.Properties.ConfigRuleName`, message: `must be a literal name of 1 to ${PACK_LIMITS.nameChars} characters` });
    }
    const description = properties['Description'];
    if (typeof description === 'string' && description.length > PACK_LIMITS.descriptionChars) {
      problems.push({ path: `${path}.Properties.Description`, message: `is ${description.length} characters; at most ${PACK_LIMITS.descriptionChars}` });
    }
    const input = properties['InputParameters'];
    if (input !== undefined) {
      const rendered = JSON.stringify(resolver.resolve(input, `${path}.Properties.InputParameters`) ?? {});
      if (rendered.length > PACK_LIMITS.inputParametersChars) {
        problems.push({ path: `${path}.Properties.InputParameters`, message: `renders to ${rendered.length} characters; at most ${PACK_LIMITS.inputParametersChars}` });
      }
    }
  }
  if (ruleCount > PACK_LIMITS.rules) problems.push({ path: 'Resources', message: `has ${ruleCount} rules; at most ${PACK_LIMITS.rules}` });
  return problems;
}
