import { parseCommand } from '../../../bin/cli/parse-command';
import { UsageError } from '../../../bin/cli/usage-error';

describe('the AWS options of scan and collect', () => {
  it('reads --live with Regions, accounts, role, aggregator and concurrency', () => {
    const command = parseCommand([
      'scan', '--live', '--regions', 'eu-west-1, us-east-1', '--role-name', 'Scanner', '--accounts', '111122223333,444455556666',
      '--aggregator', 'org', '--concurrency', '4', '--profile', 'audit', '--require-evidence',
    ]);
    expect(command).toMatchObject({
      kind: 'scan',
      live: true,
      requireEvidence: true,
      aws: { regions: ['eu-west-1', 'us-east-1'], roleName: 'Scanner', accounts: ['111122223333', '444455556666'], aggregator: 'org', concurrency: 4, profile: 'audit', organization: false },
    });
    expect(parseCommand(['collect', '--regions', 'all', '-o', 'c.jsonl.gz'])).toEqual({ kind: 'collect', ruleIds: [], output: 'c.jsonl.gz', aws: { regions: 'all', organization: false } });
  });

  it.each([
    [['scan', '--live', 'snapshot.json'], /--live reads the account/],
    [['scan', 's3://bucket/AWSLogs/', '--aggregator', 'org'], /go with --live/],
    [['scan', '--live', '--accounts', '111122223333'], /need --role-name/],
    [['scan', '--live', '--role-name', 'R', '--accounts', '1234'], /not a 12-digit account id/],
    [['scan', '--live', '--role-name', 'R', '--accounts', '111122223333', '--organization'], /not both/],
    [['scan', '--live', '--regions', 'Europe'], /--regions/],
    [['scan', '--live', '--concurrency', '0'], /--concurrency/],
    [['collect'], /collect needs -o FILE/],
    [['collect', 'path', '-o', 'x.jsonl'], /collect takes no PATH/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
