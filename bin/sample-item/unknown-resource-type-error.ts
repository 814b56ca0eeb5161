/** A resource type Config does not support (nor the schema describe): likely a typo. */
export class UnknownResourceTypeError extends Error {
  override readonly name = 'UnknownResourceTypeError';
  constructor(
    readonly resourceType: string,
    readonly suggestions: readonly string[],
  ) {
    super(
      `${resourceType} is not a resource type AWS Config supports` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : ' (see ResourceType in the AWS Config API reference)'),
    );
  }
}
