import {
  GetAWSDefaultServiceQuotaCommand,
  GetServiceQuotaCommand,
  NoSuchResourceException,
  ServiceQuotasClient,
  ServiceQuotasServiceException,
} from '@aws-sdk/client-service-quotas';
import { mockClient } from 'aws-sdk-client-mock';
import { readServiceQuota, ServiceQuotaValueMissingError } from '../../../rule-kit';

const sq = mockClient(ServiceQuotasClient);
afterAll(() => sq.restore());
beforeEach(() => sq.reset());

const client = () => new ServiceQuotasClient({ region: 'eu-west-1' });
const noSuchResource = () => new NoSuchResourceException({ $metadata: { httpStatusCode: 400 }, message: 'The request failed because the specified resource does not exist.' });

describe('readServiceQuota', () => {
  it('returns the applied value and asks for exactly the service and quota code', async () => {
    sq.on(GetServiceQuotaCommand).resolves({ Quota: { ServiceCode: 'vpc', QuotaCode: 'L-F678F1CE', Value: 20 } });
    await expect(readServiceQuota(client(), 'vpc', 'L-F678F1CE')).resolves.toEqual({ value: 20, source: 'applied' });
    expect(sq.commandCalls(GetServiceQuotaCommand).map((call) => call.args[0].input)).toEqual([{ ServiceCode: 'vpc', QuotaCode: 'L-F678F1CE' }]);
    expect(sq.commandCalls(GetAWSDefaultServiceQuotaCommand)).toHaveLength(0);
  });

  it('falls back to the AWS default when there is no applied value (NoSuchResourceException)', async () => {
    sq.on(GetServiceQuotaCommand).rejects(noSuchResource());
    sq.on(GetAWSDefaultServiceQuotaCommand).resolves({ Quota: { ServiceCode: 'ec2', QuotaCode: 'L-0263D0A3', Value: 5 } });
    await expect(readServiceQuota(client(), 'ec2', 'L-0263D0A3')).resolves.toEqual({ value: 5, source: 'aws-default' });
    expect(sq.commandCalls(GetAWSDefaultServiceQuotaCommand).map((call) => call.args[0].input)).toEqual([{ ServiceCode: 'ec2', QuotaCode: 'L-0263D0A3' }]);
  });

  it.each([
    ['no Quota', {}],
    ['no Value', { Quota: { QuotaCode: 'L-A4707A72' } }],
  ])('refuses an applied answer with %s', async (_label, response) => {
    sq.on(GetServiceQuotaCommand).resolves(response);
    await expect(readServiceQuota(client(), 'vpc', 'L-A4707A72')).rejects.toBeInstanceOf(ServiceQuotaValueMissingError);
  });

  it('refuses a default answer without a value', async () => {
    sq.on(GetServiceQuotaCommand).rejects(noSuchResource());
    sq.on(GetAWSDefaultServiceQuotaCommand).resolves({ Quota: {} });
    await expect(readServiceQuota(client(), 'vpc', 'L-A4707A72')).rejects.toThrow(/vpc\/L-A4707A72/);
  });

  it.each(['AccessDeniedException', 'TooManyRequestsException', 'ServiceException'])('propagates %s without falling back', async (name) => {
    sq.on(GetServiceQuotaCommand).rejects(new ServiceQuotasServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 400 }, message: name }));
    await expect(readServiceQuota(client(), 'vpc', 'L-F678F1CE')).rejects.toMatchObject({ name });
    expect(sq.commandCalls(GetAWSDefaultServiceQuotaCommand)).toHaveLength(0);
  });

  it('propagates an error from the default lookup', async () => {
    sq.on(GetServiceQuotaCommand).rejects(noSuchResource());
    sq.on(GetAWSDefaultServiceQuotaCommand).rejects(noSuchResource());
    await expect(readServiceQuota(client(), 'vpc', 'L-XXXXXXXX')).rejects.toBeInstanceOf(NoSuchResourceException);
  });
});
