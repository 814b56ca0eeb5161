export * from './cfn';
export { GeneratorError } from './errors';
export { codePath, FUNCTION_PREFIX, functionName, logicalId, packParameterName, pascalCase } from './names';
export { CROSS_ACCOUNT_ACTIONS, rolePermissions, roleStatements } from './permissions';
export type { RolePermissions, RoleStatement } from './permissions';
export { REMEDIATIONS } from './remediations';
export type { Remediation } from './remediations';
export { buildStackTemplate, CODE_BUCKET_PREFIX_PARAMETER, CODE_KEY_PREFIX_PARAMETER, DEFAULT_TIMEOUT_SECONDS, HANDLER, ROLE_PATH, RUNTIME } from './stack-template';
export type { CodeSource } from './stack-template';
export { buildStackSetTemplate, STACK_SET_NAME } from './stack-set-template';
export { buildOrganizationPackTemplate, ORGANIZATION_PACK_NAME } from './organization-pack-template';
export { buildMemberRoleTemplate, memberRoleStatements } from './member-role-template';
export { checkTemplateSize, DELIVERY_LIMIT_BYTES, PACKAGE_GROWTH_PER_FUNCTION, sizeBudget, TemplateSizeError } from './template-size';
export type { TemplateDelivery } from './template-size';
export { ALERT_FUNCTION_ID, ALERT_READ_ACTIONS, ALERT_TIMEOUT_SECONDS, alertPattern, alertResources, ruleSeverities } from './alert-resources';
export { buildPackTemplate, FREQUENCIES, FREQUENCY_PARAMETER, parameterDefault, REMEDIATION_ROLE_PARAMETER } from './pack-template';
export { renderTemplate } from './render-yaml';
export { buildInvestigationTemplate } from './investigation-template';
export { generateTemplates, INVESTIGATION_TEMPLATE_PATH, PACK_TEMPLATE_PATH, permissionFiles, permissionsPath, STACK_TEMPLATE_PATH } from './generate-files';
export { generatedTemplate, GENERATED_HEADER } from './generated-file';
export {
  MEMBER_ROLE_TEMPLATE_PATH,
  MEMBER_STACK_TEMPLATE_PATH,
  ORGANIZATION_PACK_TEMPLATE_PATH,
  organizationTemplates,
  STACK_SET_TEMPLATE_PATH,
} from './organization-files';
export type { GeneratedFile } from './generate-files';
export { generateDocTables, iamTable, README_PATH, replaceGenerated, ruleTable, TEMPLATES_README_PATH } from './docs-tables';
export { MissingMarkersError } from './missing-markers-error';
export { CLI_READ_ACTIONS, SCANNER_POLICY_PATH, scannerPolicyFile, scannerReadOnlyPolicy } from './scanner-policy';
