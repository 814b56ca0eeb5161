import { BuildArgumentError, parseBuildArgs } from '../../../templates/build';

describe('parseBuildArgs', () => {
  it('defaults to dist/, rules/ and every registered rule', () => {
    expect(parseBuildArgs([])).toEqual({ outDir: 'dist', rulesDir: 'rules', ids: undefined, verbose: false });
  });

  it('reads every option', () => {
    expect(parseBuildArgs(['--out', 'build/zips', '--rules-dir', 'x/rules', '--ids', 'sg-open-ports, root-mfa', '--verbose'])).toEqual({
      outDir: 'build/zips',
      rulesDir: 'x/rules',
      ids: ['sg-open-ports', 'root-mfa'],
      verbose: true,
    });
  });

  it.each([
    [['--out']],
    [['--out', '--verbose']],
    [['--ids', 'Not_An_Id']],
    [['--ids', 'a,,b']],
    [['--watch']],
    [['dist']],
  ])('rejects %j', (argv) => {
    expect(() => parseBuildArgs(argv)).toThrow(BuildArgumentError);
  });
});
