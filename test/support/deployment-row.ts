// The columns a Deployment row needs and nothing more, for tests that arrange rows directly (the job queue, the
// card's reads) without going through a start.

export function bareDeploymentRow(id: string, options: { channelId: string; service: string; at: Date }) {
  return {
    id,
    teamId: 'T0TEST',
    channelId: options.channelId,
    service: options.service,
    version: 'v1',
    environment: 'production',
    ownerId: 'U0OWNER',
    status: 'verifying',
    templateName: 'small-service',
    templateHash: 'hash',
    templateJson: '{}',
    createdAt: options.at,
    updatedAt: options.at,
  };
}
