import { currentRequest } from '../correlation.ts';
import type { Core } from './core.ts';

/**
 * The listeners' view of the core: the same calls, and along the way it notes on the Slack request being handled
 * which deployment it concerns and whether the core refused its change (the request's log line and metrics say so).
 * Either core variant, so both behave the same.
 */
export function requestNotingCore(core: Core): Core {
  const concerns = (deploymentId: string) => {
    const request = currentRequest();
    if (request) request.deploymentId = deploymentId;
  };
  return {
    ...core,
    apply: async (deploymentId, event) => {
      concerns(deploymentId);
      const outcome = await core.apply(deploymentId, event);
      const request = currentRequest();
      if (!outcome.ok && request) request.refused = true;
      return outcome;
    },
    find: (deploymentId) => {
      concerns(deploymentId);
      return core.find(deploymentId);
    },
    create: async (request, options) => {
      const created = await core.create(request, options);
      concerns(created.deploymentId);
      return created;
    },
    startProbeRun: (deploymentId, request) => {
      concerns(deploymentId);
      return core.startProbeRun(deploymentId, request);
    },
  };
}
