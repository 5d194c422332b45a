import { request } from 'undici';

/** Sends a JSON body to a Slack response_url (ephemeral replies after the ack, for up to 30 minutes). */
export async function postToResponseUrl(responseUrl: string, body: Record<string, unknown>): Promise<void> {
  const response = await request(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.body.dump();
}
