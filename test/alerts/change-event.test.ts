import { pickChangeEvents, toChangeEvent, type ChangeEvent } from '../../alerts';
import { changeEventsOf } from './fixtures';

describe('toChangeEvent', () => {
  it('reads the record inside CloudTrailEvent: call, time, source IP, user agent', () => {
    const [event] = changeEventsOf('lookup-assumed-role-sso.json');
    expect(toChangeEvent(event!)).toMatchObject({
      eventId: '0b5e7a63-2c7c-4d5b-9d1e-8f3a1c2b4d55',
      eventName: 'AuthorizeSecurityGroupIngress',
      eventSource: 'ec2.amazonaws.com',
      eventTime: '2026-12-04T10:14:58.000Z',
      region: 'eu-west-1',
      sourceIp: '203.0.113.7',
      readOnly: false,
    });
  });

  it('keeps a console sign-in that has no source IP', () => {
    const [event] = changeEventsOf('lookup-console-sign-in.json');
    const change = toChangeEvent(event!);
    expect(change?.eventName).toBe('ConsoleLogin');
    expect(change?.sourceIp).toBeUndefined();
  });

  it("falls back to LookupEvents' own fields when the record is not JSON, and drops an event with no id", () => {
    const change = toChangeEvent({ EventId: 'e-1', EventName: 'PutBucketAcl', EventTime: new Date('2026-12-04T01:00:00Z'), CloudTrailEvent: '{not json' });
    expect(change).toMatchObject({ eventId: 'e-1', eventName: 'PutBucketAcl', eventSource: 'unknown', actor: { type: 'Unknown' } });
    expect(toChangeEvent({ EventName: 'PutBucketAcl' })).toBeUndefined();
  });
});

describe('pickChangeEvents', () => {
  const base = toChangeEvent(changeEventsOf('lookup-iam-user.json')[0]!)!;
  const at = (id: string, time: string, extra: Partial<ChangeEvent> = {}): ChangeEvent => ({ ...base, eventId: id, eventTime: time, ...extra });

  it('keeps only the related events when the item names them, latest first', () => {
    const events = [at('a', '2026-12-04T08:00:00.000Z'), at('b', '2026-12-04T08:10:00.000Z'), at('c', '2026-12-04T08:20:00.000Z')];
    expect(pickChangeEvents(events, '2026-12-04T08:30:00.000Z', ['a', 'c']).map((event) => event.eventId)).toEqual(['c', 'a']);
  });

  it('without related events: successful write calls at or before the capture time, no duplicates', () => {
    const events = [
      at('write', '2026-12-04T08:29:00.000Z'),
      at('write', '2026-12-04T08:29:00.000Z'),
      at('read', '2026-12-04T08:29:30.000Z', { readOnly: true }),
      at('failed', '2026-12-04T08:29:40.000Z', { errorCode: 'AccessDenied' }),
      at('after', '2026-12-04T08:31:00.000Z'),
    ];
    expect(pickChangeEvents(events, '2026-12-04T08:30:00.000Z', []).map((event) => event.eventId)).toEqual(['write']);
  });
});
