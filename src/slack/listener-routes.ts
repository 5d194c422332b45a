import type { App, Middleware, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';

export type ActionListener = Middleware<SlackActionMiddlewareArgs>;
export type ViewListener = Middleware<SlackViewMiddlewareArgs>;

/**
 * Every button and every form submission the bot answers, routed by id to its listener. Bolt runs the matchers of
 * every registered listener for every request it dispatches (a chain of promises per listener); with a listener
 * per button and per form that was about twenty chains before each click's ack. Registered with Bolt as one
 * listener for block actions and one for view submissions, a click finds its listener with one map lookup.
 * A request no route takes is left unacknowledged, as Bolt leaves one no listener matches (answered 400 by
 * observe-slack-requests.ts).
 */
export class ListenerRoutes {
  private readonly actions = new Map<string, ActionListener>();
  private readonly actionPatterns: Array<{ pattern: RegExp; listener: ActionListener }> = [];
  private readonly views = new Map<string, ViewListener>();

  /** A button (or other block element) by its action_id, exact or a pattern; exact ids are tried first. */
  action(id: string | RegExp, listener: ActionListener): void {
    if (typeof id !== 'string') {
      this.actionPatterns.push({ pattern: id, listener });
      return;
    }
    if (this.actions.has(id)) throw new Error(`two listeners for the action "${id}"`);
    this.actions.set(id, listener);
  }

  /** A form's submission by its callback_id. */
  view(callbackId: string, listener: ViewListener): void {
    if (this.views.has(callbackId)) throw new Error(`two listeners for the form "${callbackId}"`);
    this.views.set(callbackId, listener);
  }

  /** The routes as Bolt listeners. */
  mount(app: App): void {
    app.action({ type: 'block_actions' }, async (args) => {
      const listener = this.actionFor(args.action);
      if (listener) await listener(args);
    });
    app.view({ type: 'view_submission' }, async (args) => {
      const listener = this.views.get(args.view.callback_id);
      if (listener) await listener(args);
    });
  }

  private actionFor(action: unknown): ActionListener | undefined {
    const id = (action as { action_id?: unknown } | undefined)?.action_id;
    if (typeof id !== 'string') return undefined;
    return this.actions.get(id) ?? this.actionPatterns.find(({ pattern }) => pattern.test(id))?.listener;
  }
}
