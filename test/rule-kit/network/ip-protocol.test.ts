import { formatIpProtocol, parseIpProtocol } from '../../../rule-kit/network';

describe('parseIpProtocol', () => {
  it.each([
    ['tcp', { name: 'tcp' }],
    ['6', { name: 'tcp' }],
    ['TCP', { name: 'tcp' }],
    ['udp', { name: 'udp' }],
    ['17', { name: 'udp' }],
    ['icmp', { name: 'icmp' }],
    ['1', { name: 'icmp' }],
    ['icmpv6', { name: 'icmpv6' }],
    ['58', { name: 'icmpv6' }],
    ['-1', { name: 'all' }],
    [-1, { name: 'all' }],
    [6, { name: 'tcp' }],
    ['47', { name: 'other', number: 47 }],
    ['0', { name: 'other', number: 0 }],
  ] as const)('reads %j', (value, expected) => {
    expect(parseIpProtocol(value)).toEqual(expected);
  });

  it.each(['sctp', 'all', '256', '', 'constructor', '1.5', '-2'])('does not know %j', (value) => {
    expect(parseIpProtocol(value)).toBeUndefined();
  });

  it('names protocols for annotations', () => {
    expect(formatIpProtocol({ name: 'all' })).toBe('all traffic (-1)');
    expect(formatIpProtocol({ name: 'other', number: 47 })).toBe('protocol 47');
    expect(formatIpProtocol({ name: 'udp' })).toBe('udp');
  });
});
