import { startBot } from './bot.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, {
    secrets: [config.slack.botToken, config.slack.signingSecret, config.slack.appToken ?? ''],
  });
  const bot = await startBot(config, { logger });
  try {
    const auth = await bot.app.client.auth.test();
    logger.info('connected to Slack', { team: auth.team, botUserId: auth.user_id });
  } catch (error) {
    logger.error('Slack rejected the bot token: check SLACK_BOT_TOKEN', { error: (error as Error).message });
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
