import type { AddressRange } from './cidr';

/**
 * The S3 User Guide, "The meaning of 'public'": bucket policies conditioned on `aws:SourceIp` "with very
 * broad IP ranges (for example, 0.0.0.0/1) are evaluated as public. This includes values broader than /8
 * for IPv4 and /32 for IPv6 (excluding RFC1918 private ranges)."
 */
export const SOURCE_IP_PREFIX_LIMIT: Readonly<Record<AddressRange['family'], number>> = { 4: 8, 6: 32 };

/**
 * True when S3 reads the range as public: a shorter prefix than its family's limit. The RFC 1918 ranges
 * (10/8, 172.16/12, 192.168/16) are each /8 or narrower, so the guide's exclusion needs no case of its
 * own: a range inside one is within the limit, and a broader range holding one (10.0.0.0/7) also holds
 * public addresses and stays public.
 */
export function isBroaderThanS3Limit(range: AddressRange): boolean {
  return range.prefixLength < SOURCE_IP_PREFIX_LIMIT[range.family];
}
