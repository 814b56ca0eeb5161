export { rule } from './rule';
