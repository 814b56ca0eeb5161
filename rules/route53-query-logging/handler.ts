import { createHandler } from '../../rule-kit/handler';
import { rule } from './rule';

/** The Lambda entry point (`index.handler` once bundled). */
export const handler = createHandler(rule);
