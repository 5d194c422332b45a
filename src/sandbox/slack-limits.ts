// Block Kit limits Slack enforces on messages, modals and the App Home tab.
// Pure: render unit tests call checkSlackPayload on every payload they build, and the fake
// Slack API calls it on every chat.* / views.* call, so both agree on what Slack would reject.
// Limits follow Slack's reference and @slack/types (option value 75, not the 150 some docs pages say).

export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  id: 255,
  checkboxOptions: 10,
  radioOptions: 10,
  selectOptions: 100,
  overflowOptionsMin: 1,
  overflowOptions: 5,
  optionText: 75,
  optionValue: 75,
  optionDescription: 75,
  actionsElements: 25,
  contextElements: 10,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  viewBytes: 250_000,
  contextText: 3000,
  imageAltText: 2000,
} as const;

export type SlackPayloadKind = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Slack counts characters, not UTF-16 units; emoji-heavy text would otherwise look longer than it is.
function length(text: string): number {
  return [...text].length;
}

class Checker {
  readonly violations: string[] = [];

  add(path: string, message: string): void {
    this.violations.push(`${path}: ${message}`);
  }

  maxLength(path: string, value: unknown, max: number, what: string): void {
    if (typeof value !== 'string') return;
    const n = length(value);
    if (n > max) this.add(path, `${what} is ${n} characters (max ${max})`);
  }

  textObject(path: string, value: unknown, max: number, what: string, opts: { plainOnly?: boolean } = {}): void {
    if (value === undefined) return;
    if (!isObject(value) || typeof value.text !== 'string') {
      this.add(path, `${what} must be a text object { type, text }`);
      return;
    }
    if (value.type !== 'plain_text' && value.type !== 'mrkdwn') {
      this.add(`${path}.type`, `${what} has type ${String(value.type)} (plain_text or mrkdwn)`);
    } else if (opts.plainOnly && value.type !== 'plain_text') {
      this.add(`${path}.type`, `${what} must be plain_text`);
    }
    // Slack rejects empty text objects ("must be more than 0 characters").
    if (value.text.length === 0) this.add(`${path}.text`, `${what} is empty`);
    this.maxLength(`${path}.text`, value.text, max, what);
  }

  id(path: string, value: unknown, what: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || value.length === 0) {
      this.add(path, `${what} must be a non-empty string`);
      return;
    }
    this.maxLength(path, value, SLACK_LIMITS.id, what);
  }

  options(path: string, value: unknown, min: number, max: number, what: string, plainOnly: boolean): void {
    if (!Array.isArray(value)) {
      this.add(path, `${what} must be an array`);
      return;
    }
    if (value.length < min || value.length > max) {
      this.add(path, `${what} has ${value.length} options (${min}–${max} allowed)`);
    }
    const values = new Set<string>();
    value.forEach((option, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(option)) {
        this.add(p, 'option must be an object');
        return;
      }
      this.textObject(`${p}.text`, option.text, SLACK_LIMITS.optionText, 'option text', { plainOnly });
      if (option.text === undefined) this.add(`${p}.text`, 'option text is required');
      if (typeof option.value !== 'string') {
        this.add(`${p}.value`, 'option value is required');
      } else {
        this.maxLength(`${p}.value`, option.value, SLACK_LIMITS.optionValue, 'option value');
        if (values.has(option.value)) this.add(`${p}.value`, `duplicate option value ${option.value}`);
        values.add(option.value);
      }
      this.textObject(`${p}.description`, option.description, SLACK_LIMITS.optionDescription, 'option description');
    });
  }

  element(path: string, element: unknown): void {
    if (!isObject(element)) {
      this.add(path, 'element must be an object');
      return;
    }
    this.id(`${path}.action_id`, element.action_id, 'action_id');
    this.textObject(`${path}.placeholder`, element.placeholder, SLACK_LIMITS.placeholder, 'placeholder', {
      plainOnly: true,
    });
    switch (element.type) {
      case 'button':
        this.textObject(`${path}.text`, element.text, SLACK_LIMITS.buttonText, 'button text', { plainOnly: true });
        if (element.text === undefined) this.add(`${path}.text`, 'button text is required');
        this.maxLength(`${path}.value`, element.value, SLACK_LIMITS.buttonValue, 'button value');
        this.maxLength(`${path}.url`, element.url, SLACK_LIMITS.buttonUrl, 'button url');
        if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
          this.add(`${path}.style`, `button style ${String(element.style)} (primary or danger)`);
        }
        break;
      case 'checkboxes':
        this.options(`${path}.options`, element.options, 1, SLACK_LIMITS.checkboxOptions, 'checkboxes', false);
        if (element.initial_options !== undefined) {
          this.options(
            `${path}.initial_options`,
            element.initial_options,
            0,
            SLACK_LIMITS.checkboxOptions,
            'initial_options',
            false,
          );
        }
        break;
      case 'radio_buttons':
        this.options(`${path}.options`, element.options, 1, SLACK_LIMITS.radioOptions, 'radio_buttons', false);
        break;
      case 'static_select':
      case 'multi_static_select':
        if (element.option_groups === undefined) {
          this.options(`${path}.options`, element.options, 1, SLACK_LIMITS.selectOptions, element.type, true);
        }
        break;
      case 'overflow':
        this.options(
          `${path}.options`,
          element.options,
          SLACK_LIMITS.overflowOptionsMin,
          SLACK_LIMITS.overflowOptions,
          'overflow',
          true,
        );
        break;
      case 'plain_text_input':
        if (typeof element.max_length === 'number' && element.max_length > 3000) {
          this.add(`${path}.max_length`, `plain_text_input max_length ${element.max_length} (max 3000)`);
        }
        break;
      case 'image':
        this.maxLength(`${path}.alt_text`, element.alt_text, SLACK_LIMITS.imageAltText, 'image alt_text');
        break;
      case undefined:
        this.add(`${path}.type`, 'element type is required');
        break;
      default:
        break;
    }
  }

  block(path: string, block: unknown, kind: SlackPayloadKind): void {
    if (!isObject(block)) {
      this.add(path, 'block must be an object');
      return;
    }
    this.id(`${path}.block_id`, block.block_id, 'block_id');
    switch (block.type) {
      case 'section': {
        this.textObject(`${path}.text`, block.text, SLACK_LIMITS.sectionText, 'section text');
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields)) {
            this.add(`${path}.fields`, 'section fields must be an array');
          } else {
            if (block.fields.length > SLACK_LIMITS.sectionFields) {
              this.add(
                `${path}.fields`,
                `section has ${block.fields.length} fields (max ${SLACK_LIMITS.sectionFields})`,
              );
            }
            block.fields.forEach((field, i) => {
              this.textObject(`${path}.fields[${i}]`, field, SLACK_LIMITS.sectionFieldText, 'section field');
            });
          }
        }
        if (block.text === undefined && block.fields === undefined) {
          this.add(path, 'section needs text or fields');
        }
        if (block.accessory !== undefined) this.element(`${path}.accessory`, block.accessory);
        break;
      }
      case 'header':
        this.textObject(`${path}.text`, block.text, SLACK_LIMITS.headerText, 'header text', { plainOnly: true });
        if (block.text === undefined) this.add(`${path}.text`, 'header text is required');
        break;
      case 'actions': {
        if (!Array.isArray(block.elements) || block.elements.length === 0) {
          this.add(`${path}.elements`, 'actions block needs at least one element');
          break;
        }
        if (block.elements.length > SLACK_LIMITS.actionsElements) {
          this.add(
            `${path}.elements`,
            `actions block has ${block.elements.length} elements (max ${SLACK_LIMITS.actionsElements})`,
          );
        }
        this.uniqueActionIds(`${path}.elements`, block.elements);
        block.elements.forEach((element, i) => {
          this.element(`${path}.elements[${i}]`, element);
        });
        break;
      }
      case 'context': {
        if (!Array.isArray(block.elements) || block.elements.length === 0) {
          this.add(`${path}.elements`, 'context block needs at least one element');
          break;
        }
        if (block.elements.length > SLACK_LIMITS.contextElements) {
          this.add(
            `${path}.elements`,
            `context block has ${block.elements.length} elements (max ${SLACK_LIMITS.contextElements})`,
          );
        }
        block.elements.forEach((element, i) => {
          const p = `${path}.elements[${i}]`;
          if (isObject(element) && element.type === 'image') {
            this.maxLength(`${p}.alt_text`, element.alt_text, SLACK_LIMITS.imageAltText, 'image alt_text');
          } else {
            this.textObject(p, element, SLACK_LIMITS.contextText, 'context text');
          }
        });
        break;
      }
      case 'input':
        // Input blocks are accepted in messages only by Workflow Builder; for an app they belong in views.
        if (kind === 'message') this.add(path, 'input blocks are not allowed in messages');
        this.textObject(`${path}.label`, block.label, SLACK_LIMITS.inputLabel, 'input label', { plainOnly: true });
        if (block.label === undefined) this.add(`${path}.label`, 'input label is required');
        this.textObject(`${path}.hint`, block.hint, SLACK_LIMITS.inputHint, 'input hint', { plainOnly: true });
        if (block.element === undefined) this.add(`${path}.element`, 'input element is required');
        else this.element(`${path}.element`, block.element);
        break;
      case 'image':
        this.maxLength(`${path}.alt_text`, block.alt_text, SLACK_LIMITS.imageAltText, 'image alt_text');
        break;
      case 'divider':
      case 'rich_text':
      case 'video':
      case 'file':
      case 'markdown':
        break;
      default:
        this.add(`${path}.type`, `unknown block type ${String(block.type)}`);
    }
  }

  // Slack wants action_id unique within its block (the container it reports back in actions[]).
  uniqueActionIds(path: string, elements: unknown[]): void {
    const seen = new Set<string>();
    elements.forEach((element, i) => {
      if (!isObject(element) || typeof element.action_id !== 'string') return;
      if (seen.has(element.action_id)) this.add(`${path}[${i}].action_id`, `duplicate action_id ${element.action_id}`);
      seen.add(element.action_id);
    });
  }

  blocks(path: string, blocks: unknown, kind: SlackPayloadKind): void {
    if (blocks === undefined) return;
    if (!Array.isArray(blocks)) {
      this.add(path, 'blocks must be an array');
      return;
    }
    const max = kind === 'message' ? SLACK_LIMITS.messageBlocks : SLACK_LIMITS.viewBlocks;
    if (blocks.length > max) this.add(path, `${blocks.length} blocks (max ${max} in a ${kind})`);
    const blockIds = new Set<string>();
    blocks.forEach((block, i) => {
      const p = `${path}[${i}]`;
      if (isObject(block) && typeof block.block_id === 'string') {
        if (blockIds.has(block.block_id)) this.add(`${p}.block_id`, `duplicate block_id ${block.block_id}`);
        blockIds.add(block.block_id);
      }
      this.block(p, block, kind);
    });
  }
}

/**
 * Everything Slack would reject in a payload, as readable "path: problem" strings; empty when fine.
 * - 'message': `{ text?, blocks? }` (chat.postMessage / chat.update / respond()) or a bare blocks array.
 * - 'modal' / 'home': the view object passed to views.open / views.update / views.push / views.publish.
 */
export function checkSlackPayload(kind: SlackPayloadKind, payload: unknown): string[] {
  const c = new Checker();
  if (kind === 'message') {
    if (Array.isArray(payload)) {
      c.blocks('blocks', payload, kind);
      return c.violations;
    }
    if (!isObject(payload)) return ['payload: must be an object'];
    if (typeof payload.text === 'string' && length(payload.text) > SLACK_LIMITS.messageText) {
      c.add('text', `message text is ${length(payload.text)} characters (max ${SLACK_LIMITS.messageText})`);
    }
    c.blocks('blocks', payload.blocks, kind);
    return c.violations;
  }

  if (!isObject(payload)) return ['view: must be an object'];
  if (payload.type !== kind) c.add('view.type', `view type ${String(payload.type)} (expected ${kind})`);
  c.id('view.callback_id', payload.callback_id, 'callback_id');
  c.maxLength('view.private_metadata', payload.private_metadata, SLACK_LIMITS.privateMetadata, 'private_metadata');
  if (kind === 'modal') {
    if (payload.title === undefined) c.add('view.title', 'modal title is required');
    c.textObject('view.title', payload.title, SLACK_LIMITS.viewTitle, 'modal title', { plainOnly: true });
    c.textObject('view.submit', payload.submit, SLACK_LIMITS.viewSubmit, 'modal submit', { plainOnly: true });
    c.textObject('view.close', payload.close, SLACK_LIMITS.viewClose, 'modal close', { plainOnly: true });
    const hasInput = Array.isArray(payload.blocks) && payload.blocks.some((b) => isObject(b) && b.type === 'input');
    // Slack refuses a modal with input blocks but no submit button: there would be no way to send them.
    if (hasInput && payload.submit === undefined) c.add('view.submit', 'a modal with input blocks needs submit');
  }
  if (!Array.isArray(payload.blocks)) c.add('view.blocks', 'view blocks are required');
  else c.blocks('view.blocks', payload.blocks, kind);
  const bytes = Buffer.byteLength(JSON.stringify(payload));
  if (bytes > SLACK_LIMITS.viewBytes) c.add('view', `view payload is ${bytes} bytes (max ${SLACK_LIMITS.viewBytes})`);
  return c.violations;
}
