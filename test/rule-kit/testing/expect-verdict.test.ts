import { join } from 'node:path';
import type { ConfigurationItem } from '../../../rule-kit';
import { evaluateWith, expectVerdict, loadItem } from '../../../rule-kit/testing';
import { openPortRule } from './sample-rule';

/** The fixture group opens 443 to the world and 22 only to 10.20.0.0/16. */
const sg = loadItem(join(__dirname, 'fixtures', 'security-group.notification.json'));
const withSsh: ConfigurationItem = {
  ...sg,
  configuration: {
    ...(sg.configuration as object),
    ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }],
  },
};

describe('evaluateWith', () => {
  it('returns the verdict with defaults applied', () => {
    expect(evaluateWith(openPortRule, sg)).toEqual({ compliance: 'COMPLIANT' });
    expect(evaluateWith(openPortRule, withSsh)).toEqual({ compliance: 'NON_COMPLIANT', annotation: 'Port 22 is open to 0.0.0.0/0.' });
  });

  it('parses raw string parameters as the Lambda does', () => {
    expect(evaluateWith(openPortRule, sg, { blockedPorts: '443' }).compliance).toBe('NON_COMPLIANT');
    expect(() => evaluateWith(openPortRule, sg, { blockedPort: '443' })).toThrow(/unknown parameter/);
  });

  it('applies the kit applicability checks', () => {
    expect(evaluateWith(openPortRule, { ...sg, configurationItemStatus: 'ResourceDeleted', configuration: null }).compliance).toBe(
      'NOT_APPLICABLE',
    );
  });
});

describe('expectVerdict', () => {
  it('passes and returns the verdict when it matches', () => {
    expect(expectVerdict(openPortRule, sg, 'COMPLIANT')).toEqual({ compliance: 'COMPLIANT' });
    expectVerdict(openPortRule, withSsh, { compliance: 'NON_COMPLIANT', annotation: 'Port 22 is open to 0.0.0.0/0.' });
    expectVerdict(openPortRule, withSsh, { compliance: 'NON_COMPLIANT', annotation: /Port 22/ });
    expectVerdict(openPortRule, sg, { compliance: 'NON_COMPLIANT', annotation: /443/ }, { blockedPorts: '443' });
  });

  it('throws when the compliance differs', () => {
    expect(() => expectVerdict(openPortRule, sg, 'NON_COMPLIANT')).toThrow(/NON_COMPLIANT/);
  });

  it('throws when the annotation differs, exactly or by pattern', () => {
    expect(() => expectVerdict(openPortRule, withSsh, { compliance: 'NON_COMPLIANT', annotation: 'Port 22 is open.' })).toThrow();
    expect(() => expectVerdict(openPortRule, withSsh, { compliance: 'NON_COMPLIANT', annotation: /3389/ })).toThrow();
  });

  it('throws when the parameters are applied differently than expected', () => {
    expect(() => expectVerdict(openPortRule, sg, 'COMPLIANT', { blockedPorts: '443' })).toThrow();
  });
});
