import { AlertEventError, parseComplianceChange } from '../../alerts';
import { fixture } from './fixtures';

describe('parseComplianceChange', () => {
  it('reads the EventBridge compliance change', () => {
    expect(parseComplianceChange(fixture('compliance-change-sg.json'))).toEqual({
      kind: 'compliance-change',
      account: '123456789012',
      region: 'eu-west-1',
      configRuleName: 'sg-open-ports-conformance-pack-abcd1234',
      configRuleArn: 'arn:aws:config:eu-west-1:123456789012:config-rule/aws-service-rule/config-conforms.amazonaws.com/config-rule-x1y2z3',
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-0a1b2c3d4e5f60718',
      newCompliance: 'NON_COMPLIANT',
      oldCompliance: 'COMPLIANT',
      annotation: 'Port 22 (SSH) is open to 0.0.0.0/0 through ingress tcp 22.',
      orderingTimestamp: '2026-12-04T10:15:02.417Z',
      resultRecordedTime: '2026-12-04T10:15:06.882Z',
    });
  });

  it('takes a first result (no old result) and a null annotation', () => {
    const event = fixture('compliance-change-sg.json') as { detail: Record<string, unknown> };
    const { oldEvaluationResult, ...detail } = event.detail;
    void oldEvaluationResult;
    const result = { ...(detail['newEvaluationResult'] as Record<string, unknown>), annotation: null };
    const change = parseComplianceChange({ ...event, detail: { ...detail, newEvaluationResult: result } });
    expect(change.oldCompliance).toBeUndefined();
    expect(change.annotation).toBeUndefined();
  });

  it.each([
    ['detail.resourceId', (d: Record<string, unknown>) => ({ ...d, resourceId: '' })],
    ['detail.messageType', (d: Record<string, unknown>) => ({ ...d, messageType: 'ConfigurationItemChangeNotification' })],
    ['detail.newEvaluationResult.complianceType', (d: Record<string, unknown>) => ({ ...d, newEvaluationResult: { ...(d['newEvaluationResult'] as object), complianceType: 'BROKEN' } })],
    [
      'detail.newEvaluationResult.evaluationResultIdentifier.orderingTimestamp',
      (d: Record<string, unknown>) => ({ ...d, newEvaluationResult: { ...(d['newEvaluationResult'] as object), evaluationResultIdentifier: { orderingTimestamp: 'yesterday' } } }),
    ],
  ])('names the field when %s is wrong', (field, mutate) => {
    const event = fixture('compliance-change-sg.json') as { detail: Record<string, unknown> };
    let caught: unknown;
    try {
      parseComplianceChange({ ...event, detail: mutate(event.detail) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AlertEventError);
    expect((caught as AlertEventError).field).toBe(field);
  });
});
