import { compliant, defineRule, type RuleDefinition } from '../../../rule-kit';
import {
  checkTemplateSize,
  DELIVERY_LIMIT_BYTES,
  generateTemplates,
  logicalId,
  PACK_TEMPLATE_PATH,
  PACKAGE_GROWTH_PER_FUNCTION,
  renderTemplate,
  STACK_TEMPLATE_PATH,
  TemplateSizeError,
} from '../../../templates/generate';
import { parseTemplate } from '../../../templates/validate';
import { registries } from '../registries';
import { objectAt } from '../template-access';

/** What `aws cloudformation package` makes of the stack: each local Code path an S3 location, bucket and key at their longest. */
function packaged(body: string, registry: readonly RuleDefinition[]): string {
  const template = parseTemplate(body);
  const resources = objectAt(template, 'Resources');
  for (const rule of registry) {
    const properties = objectAt(resources, `${logicalId(rule, 'Function')}.Properties`);
    properties['Code'] = { S3Bucket: 'b'.repeat(63), S3Key: `${'p'.repeat(200)}/${'0123456789abcdef'.repeat(2)}` };
  }
  return renderTemplate(template as never, ['packaged']);
}

describe.each(registries)('templates generated from the %s', (_name, registry) => {
  const files = generateTemplates(registry);

  it.each(files.map((file) => [file.path, file] as const))('%s fits the way templates/README.md deploys it', (_path, file) => {
    if (file.delivery === undefined) throw new Error(`${file.path} declares no delivery`);
    expect(Buffer.byteLength(file.content)).toBeLessThanOrEqual(DELIVERY_LIMIT_BYTES[file.delivery]);
  });

  it('the stack still fits once package has rewritten every Code path, and the reserve per function covers that growth', () => {
    const stack = files.find((file) => file.path === STACK_TEMPLATE_PATH);
    if (stack?.delivery === undefined) throw new Error('no stack template');
    const after = packaged(stack.content, registry);
    expect(Buffer.byteLength(after)).toBeLessThanOrEqual(DELIVERY_LIMIT_BYTES[stack.delivery]);
    // Rendering the parsed template again is the same YAML but the header: compare growth against the same render.
    const before = renderTemplate(parseTemplate(stack.content) as never, ['packaged']);
    expect(Buffer.byteLength(after) - Buffer.byteLength(before)).toBeLessThanOrEqual(registry.length * PACKAGE_GROWTH_PER_FUNCTION);
  });
});

describe('the size budget', () => {
  it('names the file, its size and the limit', () => {
    const content = 'x'.repeat(51_201);
    expect(() => checkTemplateSize('conformance-pack.yaml', content, 'conformance-pack-body')).toThrow(
      new TemplateSizeError('conformance-pack.yaml', 51_201, 51_200, 'conformance-pack-body'),
    );
    expect(() => checkTemplateSize('conformance-pack.yaml', content, 'conformance-pack-body')).toThrow(/conformance-pack\.yaml is 51,201 bytes.*at most 51,200/);
    expect(() => checkTemplateSize('t.yaml', 'x'.repeat(1_000_000 - 2 * PACKAGE_GROWTH_PER_FUNCTION + 1), 'cloudformation-s3', 2)).toThrow(TemplateSizeError);
    expect(() => checkTemplateSize('t.yaml', 'x'.repeat(1_000_000 - 2 * PACKAGE_GROWTH_PER_FUNCTION), 'cloudformation-s3', 2)).not.toThrow();
  });

  it('stops generation when the rules outgrow the conformance pack body', () => {
    // 120 rules with the longest descriptions Config allows: the pack passes 51,200 bytes long before 130 rules.
    const many = Array.from({ length: 120 }, (_, index) =>
      defineRule({
        id: `grown-${index}`,
        description: `${'A rule description at the length limit. '.repeat(6)}`.slice(0, 256),
        resourceTypes: ['AWS::S3::Bucket'],
        triggers: ['change'],
        parameters: {},
        permissions: [],
        evaluate: () => compliant(),
      }),
    );
    let thrown: unknown;
    try {
      generateTemplates(many);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateSizeError);
    expect((thrown as TemplateSizeError).path).toBe(PACK_TEMPLATE_PATH);
    expect((thrown as TemplateSizeError).limit).toBe(51_200);
    expect((thrown as TemplateSizeError).bytes).toBeGreaterThan(51_200);
  });

  it('every generated file declares how it is deployed', () => {
    for (const [, registry] of registries) for (const file of generateTemplates(registry)) expect(`${file.path}: ${String(file.delivery)}`).not.toMatch(/undefined$/);
  });
});

