import type { Template } from './template.ts';

/** The endpoints a deployment can be given: `url` always, plus those the template declares. */
export function endpointNames(template: Template): Array<{ key: string; description: string }> {
  return [
    { key: 'url', description: 'Base URL of the deployed service, e.g. https://payments.example.com' },
    ...template.endpoints.map((endpoint) => ({ key: endpoint.key, description: endpoint.description ?? '' })),
  ];
}

const HOST_PORT = /^(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(?::\d{1,5})?$/;

/** An endpoint value: an http(s) URL without credentials, or `host[:port]` for DNS and TCP probes. */
export function checkEndpoint(
  name: string,
  value: string,
): { ok: true; value: string } | { ok: false; problem: string } {
  const text = value.trim().replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1');
  if (text.length > 300) return { ok: false, problem: 'Keep it under 300 characters.' };
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, problem: `"${text}" is not a URL: write it in full, like https://payments.example.com` };
    }
    if (url.username || url.password)
      return { ok: false, problem: 'Leave credentials out of the URL: probes never send them.' };
    return { ok: true, value: url.href.replace(/\/$/, '') };
  }
  if (name === 'url') {
    return { ok: false, problem: 'The URL must start with https:// (or http://), like https://payments.example.com' };
  }
  if (!HOST_PORT.test(text))
    return { ok: false, problem: 'Write a URL (https://…) or host:port, like db.example.com:5432' };
  return { ok: true, value: text };
}
