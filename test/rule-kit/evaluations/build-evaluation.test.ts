import { compliant, nonCompliant, notApplicable, type Verdict } from '../../../rule-kit';
import { InvalidEvaluationError } from '../../../rule-kit/errors';
import { TRUNCATION_MARKER, toEvaluation } from '../../../rule-kit/evaluations';

const key = { resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-0123456789abcdef0' };
const captureTime = '2024-03-01T12:34:56.789Z';

describe('toEvaluation', () => {
  it('builds the SDK Evaluation with the given ordering timestamp', () => {
    const evaluation = toEvaluation(key, nonCompliant('Port 22 open to 0.0.0.0/0'), captureTime);
    expect(evaluation).toEqual({
      ComplianceResourceType: 'AWS::EC2::SecurityGroup',
      ComplianceResourceId: 'sg-0123456789abcdef0',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'Port 22 open to 0.0.0.0/0',
      OrderingTimestamp: new Date(captureTime),
    });
  });

  it('accepts a Date and copies it', () => {
    const time = new Date(captureTime);
    const evaluation = toEvaluation(key, compliant(), time);
    time.setUTCFullYear(2000);
    expect(evaluation.OrderingTimestamp.toISOString()).toBe(captureTime);
  });

  it('omits the annotation when there is none or it is blank', () => {
    expect(toEvaluation(key, compliant(), captureTime)).not.toHaveProperty('Annotation');
    expect(toEvaluation(key, notApplicable('   '), captureTime)).not.toHaveProperty('Annotation');
  });

  it('truncates a long annotation', () => {
    const evaluation = toEvaluation(key, nonCompliant('x'.repeat(300)), captureTime);
    expect(evaluation.Annotation).toHaveLength(256);
    expect(evaluation.Annotation?.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it.each(['INSUFFICIENT_DATA', 'NOT_APPLICABLE ', 'compliant', undefined])('rejects compliance type %j', (type) => {
    const verdict = { compliance: type } as unknown as Verdict;
    const thrown = captureError(() => toEvaluation(key, verdict, captureTime));
    expect(thrown).toBeInstanceOf(InvalidEvaluationError);
    expect(thrown).toMatchObject({ field: 'ComplianceType', value: type });
  });

  it('accepts resource ids of 1 and 768 characters', () => {
    expect(toEvaluation({ ...key, resourceId: 'x' }, compliant(), captureTime).ComplianceResourceId).toBe('x');
    const long = 'y'.repeat(768);
    expect(toEvaluation({ ...key, resourceId: long }, compliant(), captureTime).ComplianceResourceId).toBe(long);
  });

  it.each([['', 0], ['z'.repeat(769), 769]])('rejects a resource id of %#th length (%i characters)', (resourceId) => {
    const thrown = captureError(() => toEvaluation({ ...key, resourceId }, compliant(), captureTime));
    expect(thrown).toBeInstanceOf(InvalidEvaluationError);
    expect(thrown).toMatchObject({ field: 'ComplianceResourceId', value: resourceId });
  });

  it('rejects an empty resource type', () => {
    const thrown = captureError(() => toEvaluation({ ...key, resourceType: '' }, compliant(), captureTime));
    expect(thrown).toMatchObject({ name: 'InvalidEvaluationError', field: 'ComplianceResourceType' });
  });

  it.each(['', 'yesterday', '2024-13-45T00:00:00Z', '12345'])('rejects ordering timestamp %j', (time) => {
    const thrown = captureError(() => toEvaluation(key, compliant(), time));
    expect(thrown).toBeInstanceOf(InvalidEvaluationError);
    expect(thrown).toMatchObject({ field: 'OrderingTimestamp', value: time });
  });

  it('rejects an invalid Date', () => {
    expect(() => toEvaluation(key, compliant(), new Date(Number.NaN))).toThrow(InvalidEvaluationError);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
