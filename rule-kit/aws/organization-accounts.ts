import { ListAccountsCommand, type Account, type OrganizationsClient } from '@aws-sdk/client-organizations';

/**
 * Whether an organization member can be read: `State` ACTIVE (Organizations replaced `Status` with
 * `State` in 2025 and retired `Status` in September 2026; an answer with only `Status` is read too).
 */
export function isActiveAccount(account: Account): boolean {
  return (account.State ?? account.Status) === 'ACTIVE';
}

/** The ids of the organization's active accounts (ListAccounts, every page), from its management or delegated administrator account. */
export async function activeOrganizationAccounts(client: OrganizationsClient): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new ListAccountsCommand(nextToken === undefined ? {} : { NextToken: nextToken }));
    for (const account of page.Accounts ?? []) if (account.Id !== undefined && isActiveAccount(account)) ids.push(account.Id);
    nextToken = page.NextToken || undefined;
  } while (nextToken !== undefined);
  return ids;
}
