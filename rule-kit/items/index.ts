export { InvalidConfigurationItemError } from './invalid-configuration-item-error';
export type { ItemLocation } from './invalid-configuration-item-error';
export { fromApiItem } from './from-api-item';
export type { ApiConfigurationItem } from './from-api-item';
export { fromNotificationItem } from './from-notification-item';
export { detectItemShape, normaliseItem } from './normalise-item';
export type { ItemShape } from './normalise-item';
export { readConfigFile } from './read-config-file';
