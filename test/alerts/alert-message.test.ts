import { buildComplianceAlert, buildGuardDutyAlert, parseComplianceChange, parseGuardDutyFinding, SUBJECT_MAX, toChangeEvent, type Attribution } from '../../alerts';
import { changeEventsOf, fixture } from './fixtures';

const change = parseComplianceChange(fixture('compliance-change-sg.json'));
const ssoCall = toChangeEvent(changeEventsOf('lookup-assumed-role-sso.json')[0]!)!;

function alertWith(attribution: Attribution, overrides: Partial<typeof change> = {}) {
  return buildComplianceAlert({ change: { ...change, ...overrides }, severity: 'HIGH', ruleId: 'sg-open-ports', attribution });
}

describe('buildComplianceAlert', () => {
  it('says what, who, when, from where and which call, with links', () => {
    const message = alertWith({ kind: 'found', events: [ssoCall] });
    expect(message.subject).toBe('[HIGH] sg-open-ports in 123456789012/eu-west-1: AWS::EC2::SecurityGroup sg-0a1b2c3d4e5f60718');
    expect(message.body).toContain('Why:      Port 22 (SSH) is open to 0.0.0.0/0 through ingress tcp 22.');
    expect(message.body).toContain('Who:      role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_AdministratorAccess_0123456789abcdef, session alice@example.com');
    expect(message.body).toContain('When:     2026-12-04T10:14:58.000Z');
    expect(message.body).toContain('Call:     AuthorizeSecurityGroupIngress (ec2.amazonaws.com)');
    expect(message.body).toContain('From:     203.0.113.7, aws-cli/2.22.4');
    expect(message.body).toContain('MFA:      no');
    expect(message.body).toContain(
      'Resource: https://eu-west-1.console.aws.amazon.com/config/home?region=eu-west-1#/resources/details?resourceId=sg-0a1b2c3d4e5f60718&resourceType=AWS%3A%3AEC2%3A%3ASecurityGroup',
    );
    expect(message.body).toContain('CloudTrail event: https://eu-west-1.console.aws.amazon.com/cloudtrailv2/home?region=eu-west-1#/events/0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55');
    // The investigation is filled for the role behind the session, over the day before and after.
    expect(message.body).toContain('Athena named query "config-rules-pack-principal-activity"');
    expect(message.body).toContain("date BETWEEN '2026/12/03' AND '2026/12/05'");
    expect(message.body).toContain("useridentity.arn = 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/alice@example.com'");
    expect(message.attributes).toMatchObject({ rule: 'sg-open-ports', severity: 'HIGH', account: '123456789012', resourceType: 'AWS::EC2::SecurityGroup', attribution: 'found' });
    expect(message.attributes['actor']).toMatch(/AWSReservedSSO_AdministratorAccess/);
  });

  it('says plainly when the actor is not yet known, and when the finding is periodic', () => {
    const pending = alertWith({ kind: 'not-yet-known', searched: 'event ids e-1, 4 lookups' });
    expect(pending.body).toContain('actor not yet known');
    expect(pending.body).toContain('up to 15 minutes');
    expect(pending.attributes['actor']).toBeUndefined();
    // Without a principal, the investigation is about the resource.
    expect(pending.body).toContain('"config-rules-pack-security-group-changes"');
    expect(pending.body).toContain("requestparameters LIKE '%sg-0a1b2c3d4e5f60718%'");
    const periodic = alertWith({ kind: 'periodic' }, { resourceType: 'AWS::::Account', resourceId: '123456789012' });
    expect(periodic.body).toContain('periodic check: no single API call');
    expect(periodic.body).toContain('Why:      Port 22');
    const failed = alertWith({ kind: 'unavailable', reason: 'cloudtrail:LookupEvents failed: AccessDeniedException: no' });
    expect(failed.body).toContain('the CloudTrail lookup failed (cloudtrail:LookupEvents failed: AccessDeniedException');
  });

  it('marks a return to COMPLIANT as resolved', () => {
    const message = alertWith({ kind: 'periodic' }, { newCompliance: 'COMPLIANT', oldCompliance: 'NON_COMPLIANT', annotation: undefined as never });
    expect(message.subject.startsWith('[RESOLVED] sg-open-ports in 123456789012/eu-west-1:')).toBe(true);
    expect(message.body.split('\n')[0]).toBe('RESOLVED: sg-open-ports-conformance-pack-abcd1234 (severity HIGH)');
    expect(message.attributes['kind']).toBe('resolved');
  });

  it('keeps the subject within SNS limits: 100 printable ASCII characters, one line', () => {
    const message = alertWith({ kind: 'periodic' }, { resourceId: `bucket-ünïcode-\n-${'x'.repeat(200)}` });
    expect(message.subject.length).toBe(SUBJECT_MAX);
    expect(message.subject).toMatch(/^[\x20-\x7e]+\.\.\.$/);
  });

  it('gives no console links in a partition without a public console', () => {
    const message = alertWith({ kind: 'periodic' }, { region: 'us-iso-east-1' });
    expect(message.body).not.toContain('https://');
  });
});

describe('buildGuardDutyAlert', () => {
  it('formats a finding like a rule alert: type, severity, resource, actor, first and last seen, link', () => {
    const message = buildGuardDutyAlert(parseGuardDutyFinding(fixture('guardduty-finding.json')));
    expect(message.subject).toBe('[HIGH] GuardDuty in 123456789012/eu-west-1: UnauthorizedAccess:IAMUser/MaliciousIPCaller on deplo...');
    expect(message.body).toContain('Who:      called ListBuckets (s3.amazonaws.com) from 198.51.100.99 (Example Hosting, Exampleland)');
    expect(message.body).toContain('Seen:     2026-12-04T10:40:12.000Z to 2026-12-04T10:58:47.000Z, 7 times');
    expect(message.body).toContain('https://eu-west-1.console.aws.amazon.com/guardduty/home?region=eu-west-1#/findings?search=id%3Da6c9e3b1f2d4e5a6b7c8d9e0f1a2b3c4');
    expect(message.attributes).toMatchObject({ kind: 'guardduty', severity: 'HIGH', findingType: 'UnauthorizedAccess:IAMUser/MaliciousIPCaller' });
  });
});
