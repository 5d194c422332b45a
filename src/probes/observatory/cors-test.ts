import type { TestFinding } from './scoring-table.ts';

/**
 * The cross-origin-resource-sharing test, on the answer to a request that carried a foreign `Origin`. `*` is public
 * access (browsers never send credentials with it); echoing the foreign origin back together with
 * `Access-Control-Allow-Credentials: true` lets any site read the page as the signed-in user.
 */
export function corsTest(
  allowOrigin: readonly string[],
  allowCredentials: readonly string[],
  origin: string,
): TestFinding {
  if (allowOrigin.length === 0)
    return { result: 'cross-origin-resource-sharing-not-implemented', detail: 'no Access-Control-Allow-Origin' };
  const allowed = allowOrigin.join(', ').trim();
  const credentials = allowCredentials.join(', ').trim().toLowerCase() === 'true';
  const detail = `Access-Control-Allow-Origin ${allowed}${credentials ? ', credentials true' : ''} for Origin ${origin}`;
  if (allowed === '*') return { result: 'cross-origin-resource-sharing-implemented-with-public-access', detail };
  if (allowed.toLowerCase() === origin.toLowerCase()) {
    return credentials
      ? { result: 'cross-origin-resource-sharing-implemented-with-universal-access', detail }
      : { result: 'cross-origin-resource-sharing-implemented-with-public-access', detail };
  }
  return { result: 'cross-origin-resource-sharing-implemented-with-restricted-access', detail };
}
