import fc from 'fast-check';

/** Identifier shapes Config records, shared by the item arbitraries. */

export const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'] as const;

export const arbAccountId = (): fc.Arbitrary<string> => fc.stringMatching(/^\d{12}$/);

export const arbRegion = (): fc.Arbitrary<string> => fc.constantFrom(...REGIONS);

/** EC2-style ids with the 17-hex-digit suffix: `sg-0f3c9a1e5b7d2c4a6`. */
export const arbEc2Id = (prefix: string): fc.Arbitrary<string> => fc.stringMatching(/^[0-9a-f]{17}$/).map((hex) => `${prefix}-${hex}`);

/** Capture times between 2016 (Config rules' launch) and 2035, as Config writes them. */
export const arbIsoTime = (): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date('2016-01-01T00:00:00.000Z'), max: new Date('2035-12-31T23:59:59.999Z'), noInvalidDate: true })
    .map((date) => date.toISOString());

/** Tag keys and values: printable, as the tagging APIs allow. */
export const arbTags = (): fc.Arbitrary<Record<string, string>> =>
  fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:/=+@-]{0,20}$/), fc.stringMatching(/^[A-Za-z0-9 _.:/=+@-]{0,24}$/), { maxKeys: 4 });
