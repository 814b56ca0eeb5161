import { isObject, type Json, type TemplateProblem } from './template-problem';

/**
 * Limits of PutOrganizationConformancePack (API reference): the name 1 to 128 characters of
 * [a-zA-Z][-a-zA-Z0-9]*, at most 60 ConformancePackInputParameters, at most 1,000 ExcludedAccounts.
 */
export const ORGANIZATION_PACK_LIMITS = { nameChars: 128, inputParameters: 60, excludedAccounts: 1_000 } as const;
const NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;

/**
 * What Config enforces on an AWS::Config::OrganizationConformancePack, and that its input parameters are
 * exactly the conformance pack's parameters (names it does not declare are refused at deploy time; names
 * it declares but the input leaves out silently take the pack's default, not the value the operator set).
 */
export function checkOrganizationPack(template: { readonly [key: string]: Json }, pack: { readonly [key: string]: Json }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const resources = isObject(template['Resources']) ? template['Resources'] : {};
  const packs = Object.entries(resources).filter(([, resource]) => isObject(resource) && resource['Type'] === 'AWS::Config::OrganizationConformancePack');
  if (packs.length !== 1) problems.push({ path: 'Resources', message: `has ${packs.length} AWS::Config::OrganizationConformancePack resources; expected one` });
  const packParameters = new Set(Object.keys(isObject(pack['Parameters']) ? pack['Parameters'] : {}));
  for (const [name, resource] of packs) {
    const path = `Resources.${name}.Properties`;
    const properties = isObject(resource) && isObject(resource['Properties']) ? resource['Properties'] : {};
    const packName = properties['OrganizationConformancePackName'];
    if (typeof packName !== 'string' || packName.length > ORGANIZATION_PACK_LIMITS.nameChars || !NAME.test(packName)) {
      problems.push({ path: `${path}.OrganizationConformancePackName`, message: `must be a literal of 1 to ${ORGANIZATION_PACK_LIMITS.nameChars} characters matching ${NAME.source}` });
    }
    const input = properties['ConformancePackInputParameters'];
    const entries = Array.isArray(input) ? input : [];
    if (entries.length > ORGANIZATION_PACK_LIMITS.inputParameters) {
      problems.push({ path: `${path}.ConformancePackInputParameters`, message: `has ${entries.length}; at most ${ORGANIZATION_PACK_LIMITS.inputParameters}` });
    }
    const given = new Set<string>();
    entries.forEach((entry, index) => {
      const parameterName = isObject(entry) ? entry['ParameterName'] : undefined;
      const at = `${path}.ConformancePackInputParameters[${index}]`;
      if (typeof parameterName !== 'string') problems.push({ path: at, message: 'needs a literal ParameterName' });
      else if (given.has(parameterName)) problems.push({ path: at, message: `passes ${parameterName} twice` });
      else if (!packParameters.has(parameterName)) problems.push({ path: at, message: `passes ${parameterName}, which the conformance pack does not declare` });
      else given.add(parameterName);
    });
    for (const parameter of packParameters) {
      if (!given.has(parameter)) problems.push({ path: `${path}.ConformancePackInputParameters`, message: `does not pass the pack parameter ${parameter}` });
    }
    const excluded = properties['ExcludedAccounts'];
    if (Array.isArray(excluded) && excluded.length > ORGANIZATION_PACK_LIMITS.excludedAccounts) {
      problems.push({ path: `${path}.ExcludedAccounts`, message: `lists ${excluded.length} accounts; at most ${ORGANIZATION_PACK_LIMITS.excludedAccounts}` });
    }
  }
  return problems;
}
