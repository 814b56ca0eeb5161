/** What `--redact` replaced, so a fixture's `_source` can say so. */
export interface Redaction {
  readonly text: string;
  readonly accounts: number;
  readonly addresses: number;
}

const OWN_ACCOUNT = '123456789012';
const ARN_ACCOUNT = /\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/g;
// An IPv4 address not followed by a prefix shorter than /32: host addresses, not network ranges.
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])(?!\/(?:[0-9]|[12][0-9]|3[01])(?!\d))/g;

type AddressClass = 'ten' | 'one-seven-two' | 'one-nine-two' | 'public';

function classOf(octets: readonly number[]): AddressClass | undefined {
  const [a = 0, b = 0] = octets;
  if (octets.some((octet) => octet > 255)) return undefined; // not an address (a version string)
  if (a === 0 || a === 127 || a === 255 || (a === 169 && b === 254)) return undefined; // nobody's: kept
  if (a === 10) return 'ten';
  if (a === 172 && b >= 16 && b <= 31) return 'one-seven-two';
  if (a === 192 && b === 168) return 'one-nine-two';
  return 'public';
}

/** Replacement addresses stay in their kind of range (private stays private, public goes to RFC 5737). */
function replacementOf(kind: AddressClass, n: number): string {
  const host = `${Math.floor(n / 254)}.${(n % 254) + 1}`;
  switch (kind) {
    case 'ten':
      return `10.0.${host}`;
    case 'one-seven-two':
      return `172.16.${host}`;
    case 'one-nine-two':
      return `192.168.${host}`;
    case 'public': {
      const blocks = ['192.0.2', '198.51.100', '203.0.113'];
      return `${blocks[Math.floor(n / 254) % blocks.length] ?? '192.0.2'}.${(n % 254) + 1}`;
    }
  }
}

/**
 * Replaces, consistently (one value, one replacement, throughout the text): the account id and every
 * account in an ARN (the item's own account becomes 123456789012, others 900000000001, ...), wherever
 * those 12 digits appear; and IPv4 host addresses, each by another of the same kind (10/8, 172.16/12,
 * 192.168/16 or public, the last from the RFC 5737 documentation ranges). Network ranges (a prefix below
 * /32, such as 0.0.0.0/0 or 10.0.0.0/16) are kept: rules judge them, and they name no host.
 */
export function redact(text: string, ownAccount: string): Redaction {
  const accounts = new Map<string, string>([[ownAccount, OWN_ACCOUNT]]);
  for (const match of text.matchAll(ARN_ACCOUNT)) {
    const account = match[1] ?? '';
    if (!accounts.has(account)) accounts.set(account, `9${String(accounts.size).padStart(11, '0')}`);
  }
  let redacted = text;
  for (const [account, replacement] of accounts) redacted = redacted.replace(new RegExp(`(?<!\\d)${account}(?!\\d)`, 'g'), replacement);
  const addresses = new Map<string, string>();
  const counts = new Map<AddressClass, number>();
  redacted = redacted.replace(IPV4, (address: string, ...octets: string[]) => {
    const kind = classOf(octets.slice(0, 4).map(Number));
    if (kind === undefined) return address;
    let replacement = addresses.get(address);
    if (replacement === undefined) {
      const n = counts.get(kind) ?? 0;
      counts.set(kind, n + 1);
      replacement = replacementOf(kind, n);
      addresses.set(address, replacement);
    }
    return replacement;
  });
  return { text: redacted, accounts: accounts.size, addresses: addresses.size };
}
