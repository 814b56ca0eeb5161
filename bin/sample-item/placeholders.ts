import type { PropertyType } from './resource-schema';

/** A fixed, valid-looking time, so generated fixtures are stable. */
export const SAMPLE_CAPTURE_TIME = '2024-06-03T07:59:58.000Z';

/**
 * One value per schema type, recognisably a placeholder where the type allows it. Addresses come from
 * the documentation ranges (RFC 5737), so a sample never names a real network.
 */
export const PLACEHOLDERS: Readonly<Record<PropertyType, string | number | boolean>> = {
  string: '<string>',
  integer: 0,
  float: 0.5,
  boolean: false,
  date: SAMPLE_CAPTURE_TIME,
  ip: '192.0.2.10',
  cidr_block: '192.0.2.0/24',
};
