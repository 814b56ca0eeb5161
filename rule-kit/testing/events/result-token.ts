/**
 * A result token shaped like the ones Config sends: base64 of a JSON envelope of encrypted bytes.
 * Opaque to the rule, which must pass it back to PutEvaluations unchanged. Deterministic, so tests
 * can assert it was passed through.
 */
export const SAMPLE_RESULT_TOKEN: string = Buffer.from(
  JSON.stringify({
    encryptedData: [-17, 92, 4, -113, 58, 77, -6, 120, 33, -91, 14, 65, -48, 102, 7, -29, 88, -120, 41, 3, -77, 59, 110, -2],
    materialSetSerialNumber: 1,
    ivParameterSpec: { iv: [52, -9, 113, 20, -66, 7, 91, -38, 12, 101, -84, 45, 30, -117, 69, 2] },
  }),
).toString('base64');

/** The token Config uses for rule test runs: PutEvaluations must be called with TestMode. */
export const TEST_MODE_RESULT_TOKEN = 'TESTMODE';
