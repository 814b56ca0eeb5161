import { MalformedConfigurationItemError } from '../../../rule-kit';
import { readObjectOwnership } from '../../../rules/s3-bucket-public-access/object-ownership';
import { BUCKET } from './item';

const controls = (...ownerships: string[]) => ({ ownershipControls: { rules: ownerships.map((ownership) => ({ ownership })) } });

describe('readObjectOwnership', () => {
  it('reads the recorded object, its JSON string and the API spelling', () => {
    expect(readObjectOwnership(BUCKET, controls('BucketOwnerEnforced'))).toBe('BucketOwnerEnforced');
    expect(readObjectOwnership(BUCKET, JSON.stringify(controls('ObjectWriter')))).toBe('ObjectWriter');
    expect(readObjectOwnership(BUCKET, { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } })).toBe('BucketOwnerPreferred');
    expect(readObjectOwnership(BUCKET, { rules: [{ ownership: 'BucketOwnerEnforced' }] })).toBe('BucketOwnerEnforced');
  });

  it('is undefined when no control is recorded', () => {
    expect(readObjectOwnership(BUCKET, undefined)).toBeUndefined();
    expect(readObjectOwnership(BUCKET, null)).toBeUndefined();
    expect(readObjectOwnership(BUCKET, { ownershipControls: { rules: [] } })).toBeUndefined();
    expect(readObjectOwnership(BUCKET, { ownershipControls: { rules: null } })).toBeUndefined();
  });

  it('counts BucketOwnerEnforced only when every rule says so', () => {
    expect(readObjectOwnership(BUCKET, controls('BucketOwnerEnforced', 'ObjectWriter'))).toBe('ObjectWriter');
    expect(readObjectOwnership(BUCKET, controls('BucketOwnerEnforced', 'BucketOwnerEnforced'))).toBe('BucketOwnerEnforced');
  });

  it.each([['"enforced"'], [[1]], [{ ownershipControls: 'x' }], [{ ownershipControls: { rules: {} } }], [controls('Enforced')], ['{"rules":']])(
    'throws MalformedConfigurationItemError for %j',
    (raw) => {
      expect(() => readObjectOwnership(BUCKET, raw)).toThrow(MalformedConfigurationItemError);
    },
  );
});
