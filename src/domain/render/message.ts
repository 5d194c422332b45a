import type { KnownBlock } from '@slack/types';

/** What chat.postMessage / chat.update receive: always blocks and a `text` fallback together. */
export type SlackMessagePayload = { text: string; blocks: KnownBlock[] };

export const MAX_BLOCKS_PER_MESSAGE = 50;
export const MAX_SECTION_TEXT = 3000;
