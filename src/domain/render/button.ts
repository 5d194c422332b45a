import type { Button } from '@slack/types';
import { truncate } from './mrkdwn.ts';

/** A button bound to one value; the factory keeps every button of a row on the same value. */
export function buttonsFor(value: string) {
  return (actionId: string, text: string, style?: 'primary' | 'danger'): Button => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(text, 75) },
    value,
    ...(style ? { style } : {}),
  });
}
