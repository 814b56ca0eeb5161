export { loadResourceSchema, PROPERTY_TYPES, RESOURCE_SCHEMA_FILE } from './resource-schema';
export type { PropertyPaths, PropertyType, ResourceSchema, TypeProperties } from './resource-schema';
export { checkResourceType, resourceTypeSuggestions, sampleItem } from './sample-item';
export type { SampleItemOptions, SampleNotification } from './sample-item';
export { PLACEHOLDERS, SAMPLE_CAPTURE_TIME } from './placeholders';
export { UnknownResourceTypeError } from './unknown-resource-type-error';
