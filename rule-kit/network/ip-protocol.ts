/**
 * `ipProtocol` normalised. EC2 records a name (`tcp`, `udp`, `icmp`, `icmpv6`), a protocol number
 * (`"6"`), or `-1` for all protocols. Numbers of the four named protocols become their names, so
 * `tcp` and `6` are one protocol. Any other protocol number opens all its traffic, whatever ports
 * the permission lists (EC2 ignores them).
 */
export type IpProtocol =
  | { readonly name: 'all' }
  | { readonly name: 'tcp' | 'udp' | 'icmp' | 'icmpv6' }
  | { readonly name: 'other'; readonly number: number };

// A Map, not an object literal: "constructor" must not find Object.prototype.
const NAMED: ReadonlyMap<string, 'tcp' | 'udp' | 'icmp' | 'icmpv6'> = new Map([
  ['tcp', 'tcp'],
  ['6', 'tcp'],
  ['udp', 'udp'],
  ['17', 'udp'],
  ['icmp', 'icmp'],
  ['1', 'icmp'],
  ['icmpv6', 'icmpv6'],
  ['58', 'icmpv6'],
]);

/**
 * The protocol, or undefined when the value is no protocol name or number EC2 knows.
 *
 * @example
 * parseIpProtocol('6'); // 'tcp'
 */
export function parseIpProtocol(value: string | number): IpProtocol | undefined {
  const text = String(value).trim().toLowerCase();
  if (text === '-1') return { name: 'all' };
  const number = /^\d{1,3}$/.test(text) ? Number(text) : undefined;
  const named = NAMED.get(number === undefined ? text : String(number));
  if (named !== undefined) return { name: named };
  if (number !== undefined && number <= 255) return { name: 'other', number };
  return undefined;
}

/**
 * How annotations name a protocol: `tcp`, `all traffic (-1)`, `protocol 47`.
 *
 * @example
 * formatIpProtocol('all'); // 'all traffic (-1)'
 */
export function formatIpProtocol(protocol: IpProtocol): string {
  switch (protocol.name) {
    case 'all':
      return 'all traffic (-1)';
    case 'other':
      return `protocol ${protocol.number}`;
    default:
      return protocol.name;
  }
}
