// The people of the sandbox workspace. The "Acting as" switch picks one, so sign-offs and separation of duties
// can be tried: the owner starts a deployment, each role signs as itself, the outsider is refused.

export type SandboxPerson = { id: string; name: string; title: string };

export const SANDBOX_PEOPLE: readonly SandboxPerson[] = [
  { id: 'U0ALEX', name: 'Alex Kim', title: 'Service owner' },
  { id: 'U0PRIYA', name: 'Priya Shah', title: 'Tech lead' },
  { id: 'U0SAM', name: 'Sam Okafor', title: 'Security' },
  { id: 'U0MARIA', name: 'Maria Lopez', title: 'Operations' },
  { id: 'U0JONAS', name: 'Jonas Berg', title: 'Product owner' },
  { id: 'U0CASEY', name: 'Casey Doe', title: 'Outsider (no role)' },
];

export const SANDBOX_CHANNELS: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'C0DEPLOYS', name: 'deploys' },
  { id: 'C0PAYMENTS', name: 'payments' },
];

export const SANDBOX_TEAM = {
  teamId: 'T0SANDBOX',
  teamDomain: 'sandbox',
  appId: 'A0SANDBOX',
  botUserId: 'U0DEPLOYBOT',
  botId: 'B0DEPLOYBOT',
} as const;

export function personById(id: string): SandboxPerson | undefined {
  return SANDBOX_PEOPLE.find((person) => person.id === id);
}
