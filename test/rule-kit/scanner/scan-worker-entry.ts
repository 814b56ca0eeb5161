/*
 * The scan worker for scanner tests: started through tsx (see scan-under-test.ts), with every rule
 * the tests select by id.
 */
import { runScanWorker } from '../../../rule-kit/scanner/scan-worker';
import { buggyRule, guardedThingRule, guardedWhenOpenRule, openThingRule, requiredParamRule } from './test-rules';

runScanWorker([openThingRule, guardedThingRule, guardedWhenOpenRule, buggyRule, requiredParamRule]);
