/** Exit statuses: the contract CI pipelines rely on. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
/** Bad usage, or input that could not be read (the report then covers the rest). */
export const EXIT_USAGE = 2;
