import type { DeploymentView } from '../app/deployment-view.ts';

/** What a route answers: a status and a JSON body. */
export type ApiAnswer = { status: number; body: unknown };

/** Links the API adds to what it shows (the thread's permalink, from the workspace's address). */
export type Links = { permalink: (view: Pick<DeploymentView, 'channelId' | 'threadTs'>) => string | null };
