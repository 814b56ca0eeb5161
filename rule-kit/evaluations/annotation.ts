/**
 * PutEvaluations accepts an Annotation of 1 to 256 characters, counted as the service counts string
 * length: UTF-16 code units (Evaluation data type, API reference). Longer text is cut here rather than
 * rejected by the service, which would fail the whole batch.
 */
export const ANNOTATION_MAX_LENGTH = 256;

/** Appended to a cut annotation so a reader in the console knows there was more. */
export const TRUNCATION_MARKER = ' [truncated]';

/** ES2024's String methods, in Node 20 (and the Lambda's runtime) but not in this project's ES2022 lib. */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The annotation to send, or undefined when there is nothing to say (the API rejects an empty
 * Annotation, and whitespace says nothing). Never returns half of a surrogate pair: a lone surrogate
 * is not valid UTF-8 on the wire, so those already in the text become U+FFFD and the cut steps back
 * one code unit rather than split a pair (an emoji at the cut is dropped whole).
 */
export function truncateAnnotation(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Native: a regular expression here cost about 0.3 µs per evaluation, a scan writes one per rule and resource.
  const wellFormed = text as string & WellFormedString;
  const clean = (wellFormed.isWellFormed() ? text : wellFormed.toWellFormed()).trim();
  if (clean === '') return undefined;
  if (clean.length <= ANNOTATION_MAX_LENGTH) return clean;
  let cut = ANNOTATION_MAX_LENGTH - TRUNCATION_MARKER.length;
  if (isHighSurrogate(clean.charCodeAt(cut - 1))) cut -= 1;
  return clean.slice(0, cut).trimEnd() + TRUNCATION_MARKER;
}
