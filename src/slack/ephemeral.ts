import type { ListenerDeps } from './deps.ts';

/** Tells one person something in the place they clicked (in the thread when there is one). */
export async function tellUser(
  deps: Pick<ListenerDeps, 'client' | 'logger'>,
  where: { channelId: string | undefined; userId: string; threadTs?: string | null },
  text: string,
): Promise<void> {
  if (!where.channelId) return;
  try {
    await deps.client.chat.postEphemeral({
      channel: where.channelId,
      user: where.userId,
      text,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    });
  } catch (error) {
    deps.logger.warn('could not send an ephemeral message', { channelId: where.channelId, error });
  }
}
