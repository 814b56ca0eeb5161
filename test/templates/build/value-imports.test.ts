import { SdkImportError, valueImportsOf } from '../../../templates/build';

const PKG = '@aws-sdk/client-ec2';

describe('valueImportsOf', () => {
  it('keeps the names used as values and drops type-only imports and imports used only as types', () => {
    const source = `
      import type { Vpc } from '${PKG}';
      import { DescribeVpcsCommand, type FlowLog, EC2Client as Client, Snapshot } from '${PKG}';
      export function list(ec2: Client, vpc: Vpc, log: FlowLog, snap: Snapshot) { return ec2.send(new DescribeVpcsCommand({})); }
      export const ctor = Client;
    `;
    expect(valueImportsOf(source, 'list.ts', PKG)).toEqual(['DescribeVpcsCommand', 'EC2Client']);
  });

  it('reads re-exports and destructured dynamic imports, by their exported names', () => {
    const source = `
      export { DescribeFlowLogsCommand as Flow } from '${PKG}';
      export async function load() { const { EC2Client, DescribeVpcsCommand: Vpcs } = await import('${PKG}'); return [EC2Client, Vpcs]; }
    `;
    expect(valueImportsOf(source, 'load.ts', PKG)).toEqual(['DescribeFlowLogsCommand', 'DescribeVpcsCommand', 'EC2Client']);
  });

  it('ignores other packages', () => {
    expect(valueImportsOf(`import { IAMClient } from '@aws-sdk/client-iam'; export const c = IAMClient;`, 'x.ts', PKG)).toEqual([]);
  });

  it.each([
    ['a namespace import', `import * as ec2 from '${PKG}'; export const c = ec2.EC2Client;`],
    ['a default import', `import ec2 from '${PKG}'; export const c = ec2;`],
    ['export *', `export * from '${PKG}';`],
    ['a dynamic import that is not destructured', `export const load = () => import('${PKG}').then((m) => m.EC2Client);`],
    ['a dynamic import with a rest or computed binding', `export async function f() { const { EC2Client, ...rest } = await import('${PKG}'); return [EC2Client, rest]; }`],
  ])('refuses %s, naming the file', (form, source) => {
    const error = (() => {
      try {
        return valueImportsOf(source, 'rules/x/collector.ts', PKG);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SdkImportError);
    expect(error).toMatchObject({ file: 'rules/x/collector.ts', packageName: PKG, form });
  });
});
