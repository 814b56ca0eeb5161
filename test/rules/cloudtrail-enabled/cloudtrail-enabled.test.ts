import { join } from 'node:path';
import { type ComplianceType, type ConfigurationItem, InvalidParameterError } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem, parseParameters } from '../../../rule-kit/testing';
import { rule } from '../../../rules/cloudtrail-enabled';
import { sampleItems } from './sample-items';

const fixture = (name: string) => loadItem(join(__dirname, 'fixtures', `${name}.json`));

/** The default-trail fixture with its one trail changed by `change`. */
function withTrail(change: (trail: Record<string, unknown>) => Record<string, unknown>): ConfigurationItem {
  const item = fixture('default-trail');
  const [trail] = (item.configuration as { Trails: Record<string, unknown>[] }).Trails;
  return { ...item, configuration: { Trails: [change({ ...trail })] } };
}

describe('cloudtrail-enabled on recorded collected items', () => {
  it.each<[string, ComplianceType, string | RegExp]>([
    ['default-trail', 'COMPLIANT', 'Trail management-events is multi-Region, logging, and records all read and write management events.'],
    ['organization-trail', 'COMPLIANT', /^Trail org-audit is multi-Region, logging/],
    ['advanced-selectors', 'COMPLIANT', /^Trail audit-advanced is multi-Region/],
    ['china-partition', 'COMPLIANT', /^Trail management-events/],
    [
      'each-trail-falls-short',
      'NON_COMPLIANT',
      'No multi-Region trail logs all read and write management events. trail x: not logging; ' +
        'trail y: records only WriteOnly management events; trail z: excludes management events.',
    ],
    ['excluded-kms-events', 'NON_COMPLIANT', /trail management-events: excludes some management events \(kms\.amazonaws\.com\)/],
    [
      'status-access-denied',
      'NON_COMPLIANT',
      /trail org-audit: GetTrailStatus failed \(AccessDeniedException\), GetEventSelectors failed \(TrailNotFoundException\)/,
    ],
    ['no-trails', 'NON_COMPLIANT', /^No CloudTrail trail applies to eu-west-1/],
  ])('%s → %s', (name, compliance, annotation) => {
    expectVerdict(rule, fixture(name), { compliance, annotation });
  });

  it('does not count a single-Region trail, however complete', () => {
    expectVerdict(rule, withTrail((t) => ({ ...t, IsMultiRegionTrail: false })), {
      compliance: 'NON_COMPLIANT',
      annotation: /trail management-events: single-Region\./,
    });
  });

  it('does not count a trail whose status or selectors were not recorded, even without a recorded error', () => {
    expectVerdict(rule, withTrail(({ IsLogging: _dropped, ...t }) => t), {
      compliance: 'NON_COMPLIANT',
      annotation: /logging status not recorded/,
    });
    expectVerdict(rule, withTrail(({ EventSelectors: _dropped, ...t }) => t), {
      compliance: 'NON_COMPLIANT',
      annotation: /event selectors not recorded/,
    });
    expectVerdict(rule, withTrail((t) => ({ ...t, IsMultiRegionTrail: 'true' })), {
      compliance: 'NON_COMPLIANT',
      annotation: /multi-Region flag not recorded/,
    });
  });

  it('credits a ReadOnly and a WriteOnly selector together, but not either alone', () => {
    const selector = (ReadWriteType: string) => ({ ReadWriteType, IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] });
    expectVerdict(rule, withTrail((t) => ({ ...t, EventSelectors: [selector('ReadOnly'), selector('WriteOnly')] })), 'COMPLIANT');
    expectVerdict(rule, withTrail((t) => ({ ...t, EventSelectors: [selector('ReadOnly')] })), {
      compliance: 'NON_COMPLIANT',
      annotation: /records only ReadOnly management events/,
    });
  });

  it('reads readOnly and eventSource in advanced selectors', () => {
    const management = (...extra: object[]) => ({ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, ...extra] });
    const readOnly = (value: string) => ({ Field: 'readOnly', Equals: [value] });
    expectVerdict(rule, withTrail((t) => ({ ...t, EventSelectors: undefined, AdvancedEventSelectors: [management(readOnly('true'))] })), {
      compliance: 'NON_COMPLIANT',
      annotation: /records only ReadOnly management events/,
    });
    expectVerdict(
      rule,
      withTrail((t) => ({ ...t, EventSelectors: undefined, AdvancedEventSelectors: [management(readOnly('true')), management(readOnly('false'))] })),
      'COMPLIANT',
    );
    const noKms = { Field: 'eventSource', NotEquals: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] };
    expectVerdict(rule, withTrail((t) => ({ ...t, EventSelectors: undefined, AdvancedEventSelectors: [management(noKms)] })), {
      compliance: 'NON_COMPLIANT',
      annotation: /excludes some management events \(kms\.amazonaws\.com, rdsdata\.amazonaws\.com\)/,
    });
  });

  it('needs the one trail it is given to be logging to stay COMPLIANT', () => {
    expectVerdict(rule, withTrail((t) => ({ ...t, IsLogging: false })), {
      compliance: 'NON_COMPLIANT',
      annotation: /trail management-events: not logging\./,
    });
  });

  it('cannot evaluate an item without a Trails list, or with a trail that is not an object', () => {
    const item = fixture('default-trail');
    expectVerdict(rule, { ...item, configuration: {} }, { compliance: 'NON_COMPLIANT', annotation: /^Cannot evaluate: .*configuration\.Trails is not a list/ });
    expectVerdict(rule, { ...item, configuration: { Trails: ['management-events'] } }, {
      compliance: 'NON_COMPLIANT',
      annotation: /^Cannot evaluate: .*configuration\.Trails\[0\] is not an object/,
    });
  });

  it('reads only its own key: an account item also holding other collectors\' facts gets the same verdict', () => {
    for (const name of ['default-trail', 'each-trail-falls-short']) {
      const item = fixture(name);
      const merged = { ...item, configuration: { ...(item.configuration as object), AccountSummary: { AccountMFAEnabled: 1 }, GuardDuty: { Detectors: [] } } };
      expect(evaluateWith(rule, merged)).toEqual(evaluateWith(rule, item));
    }
  });

  it('is NOT_APPLICABLE for a deleted account item and for other resource types', () => {
    expectVerdict(rule, { ...fixture('default-trail'), configurationItemStatus: 'ResourceDeleted', configuration: null }, 'NOT_APPLICABLE');
    expectVerdict(rule, { ...fixture('default-trail'), resourceType: 'AWS::CloudTrail::Trail' }, 'NOT_APPLICABLE');
  });
});

describe('cloudtrail-enabled parameters', () => {
  const bucket = 'aws-cloudtrail-logs-111122223333-7c1e04d2';

  it('defaults to no destination constraint', () => {
    expect(parseParameters(rule.parameters, {})).toEqual({
      s3BucketName: undefined,
      snsTopicArn: undefined,
      cloudWatchLogsLogGroupArn: undefined,
      includeManagementEvents: undefined,
      readWriteType: undefined,
    });
  });

  it('counts only a trail delivering to the given bucket, topic and log group', () => {
    const item = fixture('default-trail');
    expectVerdict(rule, item, 'COMPLIANT', { s3BucketName: bucket });
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: new RegExp(`delivers to bucket ${bucket}, not central-audit`) }, { s3BucketName: 'central-audit' });
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: /notifies none, not arn:aws:sns:eu-west-1:111122223333:trail/ }, {
      snsTopicArn: 'arn:aws:sns:eu-west-1:111122223333:trail',
    });
    expectVerdict(rule, item, { compliance: 'NON_COMPLIANT', annotation: /sends to log group none/ }, {
      cloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:trail',
    });
  });

  it('matches a log group ARN with or without the trailing :*', () => {
    const item = fixture('organization-trail');
    const group = 'arn:aws:logs:us-east-1:999988887777:log-group:aws-cloudtrail-logs-999988887777-org-audit';
    expectVerdict(rule, item, 'COMPLIANT', { cloudWatchLogsLogGroupArn: group });
    expectVerdict(rule, item, 'COMPLIANT', { cloudWatchLogsLogGroupArn: `${group}:*` });
  });

  it('refuses includeManagementEvents false and unknown parameters', () => {
    expect(() => parseParameters(rule.parameters, { includeManagementEvents: 'false' })).toThrow(InvalidParameterError);
    expect(() => parseParameters(rule.parameters, { readWriteType: 'Both' })).toThrow(InvalidParameterError);
    expect(() => parseParameters(rule.parameters, { expectedDeliveryWindowAge: '24' })).toThrow(InvalidParameterError);
  });
});

/**
 * The parameters as the managed rule's page documents them (AWS Config developer guide,
 * multi-region-cloudtrail-enabled): includeManagementEvents of type boolean; readWriteType "Type of events
 * to record. Valid values are ReadOnly, WriteOnly and ALL."
 */
describe('cloudtrail-enabled with multi-region-cloudtrail-enabled parameters', () => {
  const onlySelector = (readWriteType: string) =>
    withTrail((trail) => ({ ...trail, EventSelectors: [{ ReadWriteType: readWriteType, IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] }));

  it.each<[string, string, ComplianceType]>([
    ['ALL', 'All', 'COMPLIANT'],
    ['ALL', 'WriteOnly', 'NON_COMPLIANT'],
    ['ALL', 'ReadOnly', 'NON_COMPLIANT'],
    ['WriteOnly', 'WriteOnly', 'COMPLIANT'],
    ['WriteOnly', 'All', 'COMPLIANT'],
    ['WriteOnly', 'ReadOnly', 'NON_COMPLIANT'],
    ['ReadOnly', 'ReadOnly', 'COMPLIANT'],
    ['ReadOnly', 'All', 'COMPLIANT'],
    ['ReadOnly', 'WriteOnly', 'NON_COMPLIANT'],
  ])('readWriteType=%s and a trail recording %s management events: %s', (readWriteType, recorded, compliance) => {
    expectVerdict(rule, onlySelector(recorded), compliance, { readWriteType });
  });

  it('names the kinds it required in the annotation', () => {
    expectVerdict(rule, onlySelector('WriteOnly'), {
      compliance: 'COMPLIANT',
      annotation: 'Trail management-events is multi-Region, logging, and records all write management events.',
    }, { readWriteType: 'WriteOnly' });
    expectVerdict(rule, onlySelector('ReadOnly'), {
      compliance: 'NON_COMPLIANT',
      annotation: 'No multi-Region trail logs all write management events. trail management-events: records only ReadOnly management events.',
    }, { readWriteType: 'writeonly' });
  });

  it.each(['true', 'True', 'TRUE'])('accepts includeManagementEvents=%s (a boolean in any case)', (value) => {
    expectVerdict(rule, fixture('default-trail'), 'COMPLIANT', { includeManagementEvents: value, readWriteType: 'ALL' });
  });

  it('reads empty values as unset: ALL, management events required', () => {
    expectVerdict(rule, onlySelector('WriteOnly'), 'NON_COMPLIANT', { includeManagementEvents: '', readWriteType: '' });
  });
});

describe('cloudtrail-enabled definition', () => {
  it('is a periodic account rule fed by its collector, with exactly the CloudTrail read actions it calls', () => {
    expect(rule.resourceTypes).toEqual(['AWS::::Account']);
    expect(rule.triggers).toEqual(['periodic']);
    // The collector itself, loaded when it first runs, is tested in collector.test.ts.
    expect(rule.collector).toEqual(expect.any(Function));
    expect([...rule.permissions].sort()).toEqual(['cloudtrail:DescribeTrails', 'cloudtrail:GetEventSelectors', 'cloudtrail:GetTrailStatus']);
  });
});

describe('cloudtrail-enabled sample items', () => {
  it('are well-formed account items that the rule evaluates, both COMPLIANT and NON_COMPLIANT across seeds', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Set<string>();
    for (let run = 0; run < 60; run += 1) {
      for (const item of sampleItems(random, '123456789012', 'eu-central-1')) {
        expect(item.resourceType).toBe('AWS::::Account');
        expect(item.ARN).toBe('arn:aws:iam::123456789012:root');
        expect(JSON.parse(JSON.stringify(item))).toEqual(item);
        const { compliance, annotation } = evaluateWith(rule, item);
        expect(annotation).not.toMatch(/^Cannot evaluate/);
        seen.add(compliance);
      }
    }
    expect([...seen].sort()).toEqual(['COMPLIANT', 'NON_COMPLIANT']);
  });
});
