// Slack's limits live beside the sandbox's Slack stand-in, which enforces them; tests check payloads with the same code.
export * from '../../src/sandbox/slack-limits.ts';
