import type { WebClient } from '@slack/web-api';

/** How long the bytes may take to reach Slack's upload URL before the attempt counts as failed (and is retried). */
const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * Slack's upload flow, in the two halves a caller records between (docs.slack.dev, files.getUploadURLExternal):
 * 1. `stageFile`: files.getUploadURLExternal (name, length) gives an upload URL and a file id; the bytes are POSTed
 *    there. The file exists but nobody sees it yet.
 * 2. `shareFile`: files.completeUploadExternal shares the staged file in a channel, as a reply in a thread.
 * A caller that stores the file id after step 1 can finish an interrupted upload with step 2 alone, instead of
 * staging (and later sharing) a second copy.
 */
export async function stageFile(client: WebClient, file: { filename: string; content: Buffer }): Promise<string> {
  const answer = await client.files.getUploadURLExternal({ filename: file.filename, length: file.content.length });
  const uploadUrl = answer.upload_url;
  const fileId = answer.file_id;
  if (!uploadUrl || !fileId) throw new Error('files.getUploadURLExternal answered without an upload URL or file id');
  const sent = await fetch(uploadUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file.content,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  // The body is a short status line; read it so the connection can be reused.
  await sent.text().catch(() => '');
  if (!sent.ok) throw new Error(`the upload URL answered HTTP ${sent.status}`);
  return fileId;
}

/** Shares a staged file as a reply in a thread, with a comment; Slack lets this be done once per file. */
export async function shareFile(
  client: WebClient,
  share: { fileId: string; title: string; channelId: string; threadTs: string; comment: string },
): Promise<void> {
  await client.files.completeUploadExternal({
    files: [{ id: share.fileId, title: share.title }],
    channel_id: share.channelId,
    thread_ts: share.threadTs,
    initial_comment: share.comment,
  });
}
