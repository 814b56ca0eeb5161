import { createHandler } from '../../rule-kit/lambda';
import { rule } from './rule';

/** The Lambda entry point (`index.handler` once bundled). */
export const handler = createHandler(rule);
