// The fake Slack Web API is production code now: the local sandbox (src/sandbox) runs the same stand-in, so the
// bot is held to Slack's rules there exactly as in these tests.
export * from '../../src/sandbox/slack-stand-in.ts';
