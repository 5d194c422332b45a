import type { Logger } from './logger.ts';

/**
 * Sends Node's process warnings (deprecations, experimental features, MaxListeners…) through our logger instead of
 * Node's own printer, which writes plain text to stderr and breaks a JSON log stream: pg's `client.query()`
 * deprecation, which Prisma's adapter triggers, would otherwise be the one line a log pipeline cannot parse.
 * Node prints warnings from a 'warning' listener of its own, so removing the listeners is what stops the raw
 * line. Returns a function that puts the previous listeners back. Works in a worker thread too (its own process).
 */
export function logProcessWarnings(logger: Logger, target: NodeJS.EventEmitter = process): () => void {
  const previous = target.listeners('warning') as Array<(warning: Error) => void>;
  target.removeAllListeners('warning');
  const onWarning = (warning: Error & { code?: string; detail?: string }) => {
    logger.warn('node process warning', {
      warning: warning.name,
      ...(warning.code ? { code: warning.code } : {}),
      detail: warning.message,
      ...(warning.detail ? { more: warning.detail } : {}),
    });
  };
  target.on('warning', onWarning);
  return () => {
    target.off('warning', onWarning);
    for (const listener of previous) target.on('warning', listener);
  };
}
