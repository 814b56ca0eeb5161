import type { QuotaValueSource } from '../../rule-kit';

/** One regional quota the collector read, as stored in `configuration.ServiceQuotas`. */
export interface ServiceQuotaFact {
  readonly service: string;
  readonly quotaCode: string;
  readonly name: string;
  readonly region: string;
  readonly usage: number;
  readonly limit: number;
  readonly limitSource: QuotaValueSource;
}

/** A quota the collector could not read, as stored in `configuration.Errors`. */
export interface QuotaErrorFact {
  readonly quota: string;
  readonly operation: string;
  readonly code: string;
  readonly message: string;
}

export const SUMMARY_KEY = 'AccountSummary';
export const QUOTAS_KEY = 'ServiceQuotas';
export const ERRORS_KEY = 'Errors';
