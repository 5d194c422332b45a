/**
 * Sends a JSON body to a Slack response_url (ephemeral replies after the ack, for up to 30 minutes).
 *
 * undici is imported on first use: the thread that acks Slack only answers a response_url when a listener fails,
 * and loading the HTTP client up front cost that thread about 5 MB of heap at rest (`npm run bench -- memory`).
 */
export async function postToResponseUrl(responseUrl: string, body: Record<string, unknown>): Promise<void> {
  const { request } = await import('undici');
  const response = await request(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.body.dump();
}
