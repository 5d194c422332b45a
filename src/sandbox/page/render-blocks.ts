// Block Kit as HTML for the sandbox page. Interactive elements carry what Slack would report when they are used
// (action_id, block_id, element type) in data attributes; the page's script sends that back and the sandbox builds
// Slack's payload from the stored message or view, so what the bot receives comes from what it sent.
// Hand-written because no maintained renderer covers interactivity (docs/dependencies.md says why).

import { escapeHtml, type MrkdwnContext, renderMrkdwn, renderPlainText } from './render-mrkdwn.ts';

export type RenderContext = MrkdwnContext & {
  /** The people of the sandbox, offered by users selects. */
  people: ReadonlyArray<{ id: string; name: string }>;
  channels: ReadonlyArray<{ id: string; name: string }>;
  /** Field errors of a modal, by block_id (response_action: errors). */
  errors?: Readonly<Record<string, string>>;
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A text object (plain_text or mrkdwn) as HTML. */
export function renderTextObject(text: unknown, context: RenderContext): string {
  if (!isObject(text)) return '';
  if (text.type === 'mrkdwn') return renderMrkdwn(str(text.text), context);
  return renderPlainText(str(text.text), text.emoji !== false);
}

function plain(text: unknown): string {
  return isObject(text) ? str(text.text) : '';
}

function attr(value: unknown): string {
  return escapeHtml(typeof value === 'string' ? value : JSON.stringify(value));
}

/** What the page sends back when the element is used. */
function elementData(element: Json, blockId: string, inInput: boolean): string {
  const data = { a: str(element.action_id), b: blockId, t: str(element.type) };
  return ` data-el="${attr(data)}"${inInput ? ' data-input="1"' : ''}`;
}

function confirmData(element: Json, context: RenderContext): string {
  const confirm = element.confirm;
  if (!isObject(confirm)) return '';
  const data = {
    title: plain(confirm.title) || 'Are you sure?',
    html: renderTextObject(confirm.text, context),
    confirm: plain(confirm.confirm) || 'Yes',
    deny: plain(confirm.deny) || 'Cancel',
    style: str(confirm.style),
  };
  return ` data-confirm="${attr(data)}"`;
}

type Option = { text: string; html: string; value: string; description: string };

function options(element: Json, context: RenderContext): Option[] {
  const direct = list(element.options);
  const grouped = list(element.option_groups).flatMap((group) => (isObject(group) ? list(group.options) : []));
  return [...direct, ...grouped].filter(isObject).map((o) => ({
    text: plain(o.text),
    html: renderTextObject(o.text, context),
    value: str(o.value),
    description: isObject(o.description) ? renderTextObject(o.description, context) : '',
  }));
}

function optionValues(value: unknown): Set<string> {
  return new Set(
    list(value)
      .filter(isObject)
      .map((o) => str(o.value)),
  );
}

function selectOptions(all: Array<{ value: string; text: string }>, selected: Set<string>): string {
  return all
    .map(
      (o) =>
        `<option value="${escapeHtml(o.value)}"${selected.has(o.value) ? ' selected' : ''}>${escapeHtml(o.text)}</option>`,
    )
    .join('');
}

/**
 * A multi-select as a row of tick boxes: one click per choice, where a `<select multiple>` needs Ctrl-click.
 * The page reports the ticked values as the selection, as Slack reports the menu's.
 */
function multiPick(all: Array<{ value: string; text: string }>, selected: Set<string>, data: string): string {
  return `<div class="bk-multi-pick"${data}>${all
    .map(
      (o) =>
        `<label class="bk-chip"><input type="checkbox" value="${escapeHtml(o.value)}"${selected.has(o.value) ? ' checked' : ''}><span>${escapeHtml(o.text)}</span></label>`,
    )
    .join('')}</div>`;
}

function placeholderOption(element: Json, fallback: string, selected: boolean): string {
  const text = plain(element.placeholder) || fallback;
  return `<option value=""${selected ? ' selected' : ''}>${escapeHtml(text)}</option>`;
}

export function renderElement(element: unknown, blockId: string, context: RenderContext, inInput = false): string {
  if (!isObject(element)) return '';
  const data = elementData(element, blockId, inInput);
  const people = context.people.map((p) => ({ value: p.id, text: p.name }));
  const channels = context.channels.map((c) => ({ value: c.id, text: `#${c.name}` }));
  switch (element.type) {
    case 'button': {
      const style = str(element.style);
      const cls = `bk-button${style ? ` bk-${escapeHtml(style)}` : ''}`;
      const text = renderTextObject(element.text, context);
      if (typeof element.url === 'string' && /^https?:/i.test(element.url))
        return `<a class="${cls}" href="${escapeHtml(element.url)}" target="_blank" rel="noopener"${data}>${text}</a>`;
      return `<button type="button" class="${cls}"${data}${confirmData(element, context)}>${text}</button>`;
    }
    case 'checkboxes':
    case 'radio_buttons': {
      const kind = element.type === 'checkboxes' ? 'checkbox' : 'radio';
      const initial =
        element.type === 'checkboxes'
          ? optionValues(element.initial_options)
          : new Set(isObject(element.initial_option) ? [str(element.initial_option.value)] : []);
      const name = `${blockId}/${str(element.action_id)}`;
      return `<div class="bk-${kind}es"${data}${confirmData(element, context)}>${options(element, context)
        .map(
          (o) =>
            `<label class="bk-option"><input type="${kind}" name="${escapeHtml(name)}" value="${escapeHtml(o.value)}"${
              initial.has(o.value) ? ' checked' : ''
            }><span>${o.html}${o.description ? `<small class="bk-description">${o.description}</small>` : ''}</span></label>`,
        )
        .join('')}</div>`;
    }
    case 'static_select':
    case 'external_select': {
      const all = options(element, context);
      const selected = new Set(isObject(element.initial_option) ? [str(element.initial_option.value)] : []);
      return `<select class="bk-select"${data}${confirmData(element, context)}>${placeholderOption(element, 'Select an item', selected.size === 0)}${selectOptions(all, selected)}</select>`;
    }
    case 'multi_static_select':
    case 'multi_external_select': {
      return multiPick(options(element, context), optionValues(element.initial_options), data);
    }
    case 'users_select': {
      const selected = new Set(typeof element.initial_user === 'string' ? [element.initial_user] : []);
      return `<select class="bk-select"${data}${confirmData(element, context)}>${placeholderOption(element, 'Select a person', selected.size === 0)}${selectOptions(people, selected)}</select>`;
    }
    case 'multi_users_select': {
      return multiPick(people, new Set(list(element.initial_users).map(str)), data);
    }
    case 'conversations_select':
    case 'channels_select': {
      const initial = str(element.initial_conversation) || str(element.initial_channel);
      const selected = new Set(initial ? [initial] : []);
      return `<select class="bk-select"${data}>${placeholderOption(element, 'Select a channel', selected.size === 0)}${selectOptions(channels, selected)}</select>`;
    }
    case 'multi_conversations_select':
    case 'multi_channels_select': {
      const selected = new Set([...list(element.initial_conversations), ...list(element.initial_channels)].map(str));
      return multiPick(channels, selected, data);
    }
    case 'overflow': {
      const all = options(element, context);
      return `<select class="bk-overflow" title="More actions"${data}${confirmData(element, context)}><option value="" selected>⋯</option>${selectOptions(all, new Set())}</select>`;
    }
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input': {
      const placeholder = plain(element.placeholder);
      const initial = str(element.initial_value);
      const limits = `${typeof element.max_length === 'number' ? ` maxlength="${element.max_length}"` : ''}`;
      if (element.multiline === true)
        return `<textarea class="bk-input" rows="3" placeholder="${escapeHtml(placeholder)}"${limits}${data}>${escapeHtml(initial)}</textarea>`;
      const type =
        element.type === 'email_text_input'
          ? 'email'
          : element.type === 'url_text_input'
            ? 'url'
            : element.type === 'number_input'
              ? 'number'
              : 'text';
      return `<input class="bk-input" type="${type}" value="${escapeHtml(initial)}" placeholder="${escapeHtml(placeholder)}"${limits}${data}>`;
    }
    case 'datepicker':
      return `<input class="bk-input" type="date" value="${escapeHtml(str(element.initial_date))}"${data}>`;
    case 'timepicker':
      return `<input class="bk-input" type="time" value="${escapeHtml(str(element.initial_time))}"${data}>`;
    case 'image':
      return `<span class="bk-image" title="${escapeHtml(str(element.alt_text))}">🖼</span>`;
    default:
      if (element.type === 'mrkdwn' || element.type === 'plain_text')
        return `<span>${renderTextObject(element, context)}</span>`;
      return `<span class="bk-unknown">[${escapeHtml(str(element.type))}]</span>`;
  }
}

function renderRichText(block: Json, context: RenderContext): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (!isObject(node)) return;
    if (node.type === 'text') parts.push(escapeHtml(str(node.text)).replace(/\n/g, '<br>'));
    else if (node.type === 'user') parts.push(`@${escapeHtml(context.userName(str(node.user_id)))}`);
    else if (node.type === 'link') parts.push(escapeHtml(str(node.text) || str(node.url)));
    for (const child of list(node.elements)) walk(child);
  };
  walk(block);
  return `<div class="bk-rich">${parts.join('')}</div>`;
}

export function renderBlock(block: unknown, context: RenderContext): string {
  if (!isObject(block)) return '';
  const blockId = str(block.block_id);
  const id = blockId ? ` data-block="${escapeHtml(blockId)}"` : '';
  switch (block.type) {
    case 'section': {
      const text =
        block.text === undefined ? '' : `<div class="bk-text">${renderTextObject(block.text, context)}</div>`;
      const fields = list(block.fields);
      const grid =
        fields.length === 0
          ? ''
          : `<div class="bk-fields">${fields.map((f) => `<div class="bk-field">${renderTextObject(f, context)}</div>`).join('')}</div>`;
      const accessory =
        block.accessory === undefined
          ? ''
          : `<div class="bk-accessory">${renderElement(block.accessory, blockId, context)}</div>`;
      return `<div class="bk-section"${id}><div class="bk-main">${text}${grid}</div>${accessory}</div>`;
    }
    case 'header':
      return `<h3 class="bk-header"${id}>${renderTextObject(block.text, context)}</h3>`;
    case 'divider':
      return `<hr class="bk-divider"${id}>`;
    case 'context':
      return `<div class="bk-context"${id}>${list(block.elements)
        .map((e) => renderElement(e, blockId, context))
        .join('')}</div>`;
    case 'actions':
      return `<div class="bk-actions"${id}>${list(block.elements)
        .map((e) => renderElement(e, blockId, context))
        .join('')}</div>`;
    case 'input': {
      const error = context.errors?.[blockId];
      const optional = block.optional === true ? ' <span class="bk-optional">(optional)</span>' : '';
      const hint =
        block.hint === undefined ? '' : `<div class="bk-hint">${renderTextObject(block.hint, context)}</div>`;
      // Slack sends block_actions from an input only when it asks for them (dispatch_action).
      const live = block.dispatch_action === true;
      return `<div class="bk-input-block${error ? ' bk-has-error' : ''}"${id}><label class="bk-label">${renderTextObject(block.label, context)}${optional}</label>${renderElement(block.element, blockId, context, !live)}${hint}<div class="bk-error" data-error-for="${escapeHtml(blockId)}">${error ? escapeHtml(error) : ''}</div></div>`;
    }
    case 'image':
      return `<div class="bk-image-block"${id}>🖼 ${escapeHtml(plain(block.title) || str(block.alt_text))}</div>`;
    case 'rich_text':
      return renderRichText(block, context);
    default:
      return `<div class="bk-unknown"${id}>[${escapeHtml(str(block.type))} block]</div>`;
  }
}

export function renderBlocks(blocks: readonly unknown[], context: RenderContext): string {
  return blocks.map((block) => renderBlock(block, context)).join('');
}

/** A message as Slack shows it: its blocks, or its text when it has none. */
export function renderMessageBody(
  message: { text: string; blocks: readonly unknown[] },
  context: RenderContext,
): string {
  if (message.blocks.length > 0) return renderBlocks(message.blocks, context);
  return `<div class="bk-text">${renderMrkdwn(message.text, context)}</div>`;
}
