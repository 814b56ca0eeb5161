import { InvalidCidrError } from './invalid-cidr-error';

/** The two address families a security group distinguishes (`ipv4Ranges` / `ipv6Ranges`). */
export type IpFamily = 4 | 6;

export const IP_FAMILIES: readonly IpFamily[] = [4, 6];

/**
 * Address width in bits.
 *
 * @example
 * addressBits('ipv6'); // 128
 */
export function addressBits(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}

/**
 * The last address of a family: 2^32 - 1 or 2^128 - 1.
 *
 * @example
 * maxAddress('ipv4'); // 4294967295n
 */
export function maxAddress(family: IpFamily): bigint {
  return (1n << BigInt(addressBits(family))) - 1n;
}

/** A parsed CIDR block: the address range it covers, with the text as recorded for annotations. */
export interface Cidr {
  readonly family: IpFamily;
  /** The recorded text, trimmed: annotations quote the user's own spelling. */
  readonly text: string;
  readonly prefixLength: number;
  /** First and last address covered (inclusive). Host bits of the recorded address are ignored, as EC2 does. */
  readonly first: bigint;
  readonly last: bigint;
}

/**
 * True for a /0 block: every address of its family, whatever the address part says (`1.2.3.4/0`).
 *
 * @example
 * isWholeAddressSpace(parseCidr('0.0.0.0/0')); // true
 */
export function isWholeAddressSpace(cidr: Cidr): boolean {
  return cidr.prefixLength === 0;
}

/**
 * Parses IPv4 (`203.0.113.0/24`) and IPv6 (`2001:db8::/32`, `::ffff:192.0.2.0/120`) CIDR blocks in any
 * valid spelling: `::/0`, `0::/0`, `::0/0`, `0000:0000::/0`, upper or lower case hex, non-canonical
 * host bits. A bare address without a prefix length is rejected: EC2 never records one, so meeting one
 * means the data is not what we think it is.
 *
 * @example
 * const cidr = parseCidr('10.0.0.0/8'); // throws InvalidCidrError on '10.0.0.0/33'
 */
export function parseCidr(value: string): Cidr {
  const text = value.trim();
  const slash = text.indexOf('/');
  if (slash < 0) throw new InvalidCidrError(value, 'has no prefix length (/n)');
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family: IpFamily = addressText.includes(':') ? 6 : 4;
  const address = family === 4 ? parseIpv4(addressText, value) : parseIpv6(addressText, value);
  const bits = addressBits(family);
  if (!/^\d{1,3}$/.test(prefixText)) throw new InvalidCidrError(value, `prefix length "${prefixText}" is not a number`);
  const prefixLength = Number(prefixText);
  if (prefixLength > bits) throw new InvalidCidrError(value, `prefix length ${prefixLength} exceeds ${bits}`);
  const hostBits = BigInt(bits - prefixLength);
  const first = (address >> hostBits) << hostBits;
  return { family, text, prefixLength, first, last: first + (1n << hostBits) - 1n };
}

function parseIpv4(text: string, whole: string): bigint {
  const parts = text.split('.');
  if (parts.length !== 4) throw new InvalidCidrError(whole, `"${text}" is not a dotted IPv4 address`);
  let address = 0n;
  for (const part of parts) {
    // Decimal only: "010" is 10, never octal. EC2 itself accepts decimal octets only.
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) {
      throw new InvalidCidrError(whole, `"${part}" is not an IPv4 octet (0-255)`);
    }
    address = (address << 8n) | BigInt(part);
  }
  return address;
}

function parseHextets(groups: readonly string[], whole: string): bigint[] {
  return groups.map((group) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) throw new InvalidCidrError(whole, `"${group}" is not an IPv6 group`);
    return BigInt(`0x${group}`);
  });
}

function parseIpv6(text: string, whole: string): bigint {
  if (text.includes('%')) throw new InvalidCidrError(whole, 'has a zone index, which a CIDR block cannot have');
  const halves = text.split('::');
  if (halves.length > 2) throw new InvalidCidrError(whole, 'has "::" more than once');
  const split = (half: string | undefined): string[] => (half === undefined || half === '' ? [] : half.split(':'));
  const head = split(halves[0]);
  const tail = split(halves[1]);
  // An embedded IPv4 address (::ffff:192.0.2.1) stands for the last two groups.
  const groups = halves.length === 2 ? tail : head;
  const last = groups[groups.length - 1];
  let embedded: bigint[] = [];
  if (last !== undefined && last.includes('.')) {
    const v4 = parseIpv4(last, whole);
    groups.pop();
    embedded = [v4 >> 16n, v4 & 0xffffn];
  }
  const headValues = parseHextets(head, whole);
  const tailValues = [...parseHextets(tail, whole), ...(halves.length === 2 ? embedded : [])];
  if (halves.length === 1) headValues.push(...embedded);
  const written = headValues.length + tailValues.length;
  if (halves.length === 1 && written !== 8) throw new InvalidCidrError(whole, `has ${written} groups; an IPv6 address has 8`);
  if (halves.length === 2 && written > 7) throw new InvalidCidrError(whole, 'has "::" but already 8 groups');
  const zeros: bigint[] = Array.from({ length: 8 - written }, () => 0n);
  return [...headValues, ...zeros, ...tailValues].reduce((acc, group) => (acc << 16n) | group, 0n);
}
