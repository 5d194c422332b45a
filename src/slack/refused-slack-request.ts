/**
 * A verified Slack request the bot refuses before any listener acts on it: malformed (Bolt could not take it), or
 * one no listener answered. Thrown out of app.processEvent; the receivers' error handlers answer it (HTTP: 400 at
 * once; Socket Mode: an ack, so Slack does not send it again) and write its one warn line from the message and
 * details.
 */
export class RefusedSlackRequestError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RefusedSlackRequestError';
  }
}
