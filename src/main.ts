import { startBot } from './bot.ts';
import { configOrExit } from './config.ts';
import { createLogger } from './logger.ts';
import { slackErrorName } from './slack/slack-errors.ts';

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
  const bot = await startBot(config, {
    logger,
    // Without its core the bot can only ack; exit so the supervisor (Docker, systemd, Kubernetes) restarts it.
    onCoreExit: (error) => {
      logger.error('the core thread stopped; exiting', { error: error.message });
      process.exit(1);
    },
  });
  try {
    const auth = await bot.client.auth.test();
    logger.info('connected to Slack', { team: auth.team, botUserId: auth.user_id });
  } catch (error) {
    // Keep running: Slack may be briefly unreachable, and the outbox retries everything once it answers.
    const name = slackErrorName(error);
    logger.error(
      name
        ? `Slack rejected the bot token (${name}): check SLACK_BOT_TOKEN`
        : 'Slack is unreachable right now; will keep retrying',
      { error: (error as Error).message },
    );
  }
  logger.info('deploy-checklist is running', {
    port: bot.port,
    mode: config.slack.socketMode ? 'socket' : 'http',
    database: bot.store.kind,
  });
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

await main();
