import './small-young-generation.ts';
import { constants } from 'node:os';
import { type Bot, startBot } from './bot.ts';
import { configOrExit } from './config.ts';
import { isAppError } from './errors.ts';
import { createLogger, type Logger } from './logger.ts';
import { logProcessWarnings } from './process-warnings.ts';
import { keepConfirmingSlackToken } from './slack/keep-confirming-slack-token.ts';
import { errorReference } from './slack/listener-errors.ts';

async function main(): Promise<void> {
  const checked = configOrExit(process.env);
  if (!checked.ok) {
    process.stderr.write(checked.message);
    process.exit(checked.exitCode);
  }
  const { config } = checked;
  const logger = createLogger(config.logLevel, {
    secrets: [config.slack.botToken, config.slack.signingSecret, config.slack.appToken ?? ''],
  });
  logProcessWarnings(logger);
  // A safety net, not a design: every listener and job handles its own failures. Should one slip through, it is
  // logged with a reference and the bot keeps serving instead of dropping every other request with it.
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled promise rejection', { reference: errorReference(), error: reason });
  });
  if (config.sandbox) {
    // No Slack credentials: the same bot against a local Slack stand-in, with a page to use it (src/sandbox).
    const { sandboxBanner, startSandbox } = await import('./sandbox/start-sandbox.ts');
    const sandbox = await startSandbox(config, {
      logger,
      onCoreExit: (error) => {
        logger.error('the core thread stopped; exiting', { error: error.message });
        process.exit(1);
      },
    });
    process.stdout.write(`${sandboxBanner(sandbox.url)}\n`);
    stopOnSignals(sandbox, logger, config.shutdownTimeoutMs);
    return;
  }
  let bot: Bot;
  try {
    bot = await startBot(config, {
      logger,
      // Without its core the bot can only ack; exit so the supervisor (Docker, systemd, Kubernetes) restarts it.
      onCoreExit: (error) => {
        logger.error('the core thread stopped; exiting', { error: error.message });
        process.exit(1);
      },
    });
  } catch (error) {
    // A known reason not to start (the database never answered) is said plainly; the supervisor retries later.
    if (!isAppError(error)) throw error;
    logger.error(error.userMessage, { code: error.code });
    process.exit(1);
  }
  // Through SlackAuth, so requests and GET /ready use this answer. Not awaited: the bot serves /health and retries
  // Slack in the background until it answers (the outbox retries everything once it does).
  void keepConfirmingSlackToken(bot.slackAuth, { logger, apiUrl: config.slack.apiUrl });
  logger.info('deploy-checklist is running', {
    port: bot.port,
    mode: config.slack.socketMode ? 'socket' : 'http',
    database: bot.storeKind,
  });
  stopOnSignals(bot, logger, config.shutdownTimeoutMs);
}

/**
 * SIGTERM/SIGINT: stop taking requests, let running requests and jobs finish (up to the timeout), hand back
 * unstarted job claims, close the database, exit 0. A second signal exits at once.
 */
function stopOnSignals(bot: Pick<Bot, 'stop'>, logger: Logger, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(128 + (constants.signals[signal] ?? 15));
    }
    stopping = true;
    logger.info('shutting down: no new requests; finishing running work', { signal, timeoutMs });
    bot.stop(timeoutMs).then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('could not stop cleanly', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

await main();
