import fc from 'fast-check';
import { compliant, nonCompliant, notApplicable, type Verdict } from '../../../rule-kit';
import { mergeEvaluations, toEvaluation, type ReportableEvaluation } from '../../../rule-kit/evaluations';

const SG = 'AWS::EC2::SecurityGroup';

function evaluation(id: string, verdict: Verdict, time: string, type = SG): ReportableEvaluation {
  return toEvaluation({ resourceType: type, resourceId: id }, verdict, time);
}

describe('mergeEvaluations', () => {
  it('keeps evaluations of different resources untouched and in order', () => {
    const input = [
      evaluation('sg-2', compliant(), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', nonCompliant('open'), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', compliant(), '2024-01-01T00:00:00Z', 'AWS::EC2::Instance'),
    ];
    expect(mergeEvaluations(input)).toEqual(input);
  });

  it('NON_COMPLIANT beats COMPLIANT even when older', () => {
    const merged = mergeEvaluations([
      evaluation('sg-1', nonCompliant('port 22 open'), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', compliant('fine'), '2024-06-01T00:00:00Z'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ ComplianceType: 'NON_COMPLIANT', Annotation: 'port 22 open' });
    expect(merged[0]?.OrderingTimestamp.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('COMPLIANT beats NOT_APPLICABLE', () => {
    const merged = mergeEvaluations([
      evaluation('sg-1', notApplicable('deleted'), '2024-06-01T00:00:00Z'),
      evaluation('sg-1', compliant(), '2024-01-01T00:00:00Z'),
    ]);
    expect(merged).toEqual([evaluation('sg-1', compliant(), '2024-01-01T00:00:00Z')]);
  });

  it('among equals keeps the latest timestamp and joins distinct annotations, latest first', () => {
    const merged = mergeEvaluations([
      evaluation('sg-1', nonCompliant('port 22 open'), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', nonCompliant('port 3389 open'), '2024-03-01T00:00:00Z'),
      evaluation('sg-1', nonCompliant('port 22 open'), '2024-02-01T00:00:00Z'),
      evaluation('sg-1', compliant('ignored'), '2024-04-01T00:00:00Z'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.Annotation).toBe('port 3389 open; port 22 open');
    expect(merged[0]?.OrderingTimestamp.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('truncates joined annotations to 256 characters', () => {
    const merged = mergeEvaluations([
      evaluation('sg-1', nonCompliant('a'.repeat(200)), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', nonCompliant('b'.repeat(200)), '2024-01-02T00:00:00Z'),
    ]);
    expect(merged[0]?.Annotation).toHaveLength(256);
    expect(merged[0]?.Annotation?.startsWith('b')).toBe(true);
  });

  it('omits the annotation when no winner has one', () => {
    const merged = mergeEvaluations([
      evaluation('sg-1', compliant(), '2024-01-01T00:00:00Z'),
      evaluation('sg-1', compliant(), '2024-01-02T00:00:00Z'),
      evaluation('sg-1', notApplicable('loser'), '2024-01-03T00:00:00Z'),
    ]);
    expect(merged[0]).not.toHaveProperty('Annotation');
  });

  it('output order is first-seen order of each resource', () => {
    const merged = mergeEvaluations([
      evaluation('b', compliant(), '2024-01-01T00:00:00Z'),
      evaluation('a', compliant(), '2024-01-01T00:00:00Z'),
      evaluation('b', nonCompliant('x'), '2024-01-01T00:00:00Z'),
    ]);
    expect(merged.map((e) => e.ComplianceResourceId)).toEqual(['b', 'a']);
  });

  it('yields one evaluation per pair, never better than the worst input (property)', () => {
    const arbVerdict = fc.constantFrom(compliant(), nonCompliant('bad'), notApplicable());
    const arbEval = fc
      .tuple(fc.constantFrom('a', 'b', 'c'), arbVerdict, fc.integer({ min: 0, max: 10 ** 12 }))
      .map(([id, verdict, ms]) => evaluation(id, verdict, new Date(ms).toISOString()));
    fc.assert(
      fc.property(fc.array(arbEval, { maxLength: 30 }), (input) => {
        const merged = mergeEvaluations(input);
        const ids = merged.map((e) => e.ComplianceResourceId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(input.map((e) => e.ComplianceResourceId)));
        for (const result of merged) {
          const same = input.filter((e) => e.ComplianceResourceId === result.ComplianceResourceId);
          if (same.some((e) => e.ComplianceType === 'NON_COMPLIANT')) expect(result.ComplianceType).toBe('NON_COMPLIANT');
          const times = same.filter((e) => e.ComplianceType === result.ComplianceType).map((e) => e.OrderingTimestamp.getTime());
          expect(result.OrderingTimestamp.getTime()).toBe(Math.max(...times));
        }
      }),
    );
  });
});
