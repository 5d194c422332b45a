// The sandbox page's frame: the sandbox banner, "Acting as", the clock controls, the channel list, the channel,
// the thread pane and the composer. The surfaces inside are filled by the page's script from /sandbox/state.

import { escapeHtml } from './render-mrkdwn.ts';

export type PageInput = {
  people: ReadonlyArray<{ id: string; name: string; title: string }>;
  channels: ReadonlyArray<{ id: string; name: string }>;
};

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1c1d;background:#fff;height:100vh;display:flex;flex-direction:column}
.topbar{display:flex;gap:16px;align-items:center;padding:8px 16px;background:#3f0e40;color:#fff;flex-wrap:wrap}
.topbar label{display:flex;gap:6px;align-items:center}
.topbar select,.topbar button{font:inherit;padding:3px 8px;border-radius:4px;border:1px solid #a88ba8}
.topbar button{background:#5b2c5c;color:#fff;cursor:pointer}
.sandbox-badge{background:#e8a723;color:#1d1c1d;font-weight:700;padding:2px 8px;border-radius:4px;letter-spacing:.05em}
.sandbox-note{opacity:.85;font-size:13px}
.clock{font-variant-numeric:tabular-nums}
.layout{flex:1;display:flex;min-height:0}
.sidebar{width:210px;background:#4a154b;color:#cfc3cf;padding:12px 0;flex-shrink:0}
.sidebar h4{margin:12px 16px 4px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#cfc3cf}
.sidebar button{display:block;width:100%;text-align:left;background:none;border:0;color:inherit;font:inherit;padding:4px 16px;cursor:pointer}
.sidebar button.active{background:#1164a3;color:#fff}
.pane{flex:1;display:flex;flex-direction:column;min-width:0;border-right:1px solid #ddd}
.pane-title{padding:10px 16px;border-bottom:1px solid #ddd;font-weight:700;display:flex;justify-content:space-between;align-items:center}
.messages{flex:1;overflow:auto;padding:8px 0}
.thread-pane{width:46%;display:flex;flex-direction:column;min-width:380px}
.thread-pane[hidden]{display:none}
.composer{border-top:1px solid #ddd;padding:10px 16px;display:flex;gap:8px}
.composer input{flex:1;font:inherit;padding:8px 10px;border:1px solid #bbb;border-radius:6px}
.composer button{font:inherit;padding:6px 14px;border-radius:6px;border:0;background:#007a5a;color:#fff;cursor:pointer}
.msg{padding:6px 16px 8px}
.msg:hover{background:#f8f8f8}
.msg-author{display:flex;align-items:center;gap:8px}
.msg-avatar{width:28px;height:28px;border-radius:6px;background:#9b6b9d;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700}
.msg-avatar.app{background:#1264a3}
.app-tag{font-size:10px;background:#ddd;color:#555;padding:0 4px;border-radius:3px}
.msg-body{margin-left:36px}
.ephemeral{background:#f4f8fc}
.only-you{margin-left:36px;font-size:12px;color:#616061}
.replies{margin-left:36px;background:none;border:0;color:#1264a3;font-weight:700;cursor:pointer;padding:2px 0}
.thread-divider{margin:6px 16px;color:#616061;font-size:13px;border-bottom:1px solid #eee}
.empty{color:#616061;padding:16px}
.msg-file{margin:4px 0;padding:6px 10px;border:1px solid #ddd;border-radius:6px;display:inline-block}
.bk-section{display:flex;gap:12px;justify-content:space-between;margin:4px 0}
.bk-main{flex:1;min-width:0}
.bk-fields{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;margin-top:4px}
.bk-header{font-size:18px;margin:8px 0 4px}
.bk-divider{border:0;border-top:1px solid #ddd;margin:8px 0}
.bk-context{font-size:13px;color:#616061;display:flex;gap:8px;flex-wrap:wrap;margin:4px 0}
.bk-actions{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0}
.bk-button{font:inherit;font-size:14px;font-weight:700;padding:4px 12px;border-radius:4px;border:1px solid #bbb;background:#fff;color:#1d1c1d;cursor:pointer;text-decoration:none;display:inline-block}
.bk-button:hover{background:#f4f4f4}
.bk-primary{background:#007a5a;border-color:#007a5a;color:#fff}
.bk-primary:hover{background:#148567}
.bk-danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.bk-danger:hover{background:#e23067}
.bk-select,.bk-overflow,.bk-input{font:inherit;padding:5px 8px;border:1px solid #bbb;border-radius:4px;max-width:100%}
.bk-input{width:100%}
.bk-multi-pick{display:flex;flex-wrap:wrap;gap:6px}
.bk-chip{display:inline-flex;gap:4px;align-items:center;border:1px solid #bbb;border-radius:14px;padding:2px 10px;cursor:pointer;font-size:14px}
.bk-chip:has(input:checked){background:#e8f5fa;border-color:#1264a3}
.bk-checkboxes,.bk-radioes{display:flex;flex-direction:column;gap:2px}
.bk-option{display:flex;gap:8px;align-items:flex-start;cursor:pointer}
.bk-option input{margin-top:4px}
.bk-description{display:block;color:#616061;font-size:13px}
.bk-input-block{margin:10px 0}
.bk-label{display:block;font-weight:700;margin-bottom:4px}
.bk-optional{font-weight:400;color:#616061}
.bk-hint{font-size:13px;color:#616061;margin-top:2px}
.bk-error{color:#e01e5a;font-size:13px;margin-top:2px}
.bk-has-error .bk-input,.bk-has-error .bk-select{border-color:#e01e5a}
.bk-unknown{color:#999;font-style:italic}
code{background:#f6f6f6;border:1px solid #e6e6e6;border-radius:3px;padding:0 3px;font-size:13px;color:#c01343}
pre{background:#f6f6f6;border:1px solid #e6e6e6;border-radius:4px;padding:8px;white-space:pre-wrap;font-size:13px}
blockquote{margin:0;border-left:4px solid #ddd;padding-left:8px}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
a{color:#1264a3}
.layer{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center;z-index:10}
.layer[hidden]{display:none}
.modal,.confirm{background:#fff;border-radius:8px;width:560px;max-width:95vw;max-height:90vh;display:flex;flex-direction:column;box-shadow:0 10px 40px rgba(0,0,0,.3)}
.modal-title{font-size:20px;font-weight:700;padding:16px 20px;border-bottom:1px solid #ddd;display:flex;justify-content:space-between}
.modal-x{background:none;border:0;font-size:22px;cursor:pointer}
.modal-body{padding:8px 20px;overflow:auto}
.modal-footer{padding:12px 20px;border-top:1px solid #ddd;display:flex;gap:8px;justify-content:flex-end;align-items:center}
.modal-notice{flex:1;color:#e01e5a;font-size:13px}
.confirm .modal-body{padding:12px 20px}
.notice{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);background:#1d1c1d;color:#fff;padding:8px 14px;border-radius:6px;z-index:20}
.notice[hidden]{display:none}
.home{padding:8px 16px}
`;

export function renderPage(input: PageInput): string {
  const people = input.people
    .map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)} (${escapeHtml(p.title)})</option>`)
    .join('');
  const channels = input.channels
    .map(
      (c, i) =>
        `<button type="button" data-channel="${escapeHtml(c.id)}" data-name="${escapeHtml(c.name)}"${i === 0 ? ' class="active"' : ''}># ${escapeHtml(c.name)}</button>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>deploy-checklist sandbox</title><style>${STYLES}</style></head>
<body>
<header class="topbar">
  <span class="sandbox-badge">SANDBOX</span>
  <span class="sandbox-note">Not Slack: a local page for trying deploy-checklist. Data is local, for demos.</span>
  <label>Acting as <select id="acting-as">${people}</select></label>
  <span>Bot clock: <span class="clock" id="clock">…</span></span>
  <span><button type="button" data-advance="3600000">+1 h</button> <button type="button" data-advance="86400000">+24 h</button> <button type="button" data-advance="604800000">+7 d</button></span>
</header>
<div class="layout">
  <nav class="sidebar"><h4>Channels</h4>${channels}<h4>Direct messages</h4><button type="button" data-channel="dm" data-name="deploy-checklist (direct messages)">deploy-checklist</button><h4>Apps</h4><button type="button" data-home="1">deploy-checklist (Home)</button></nav>
  <section class="pane" id="channel-pane">
    <div class="pane-title"><span id="pane-title"># deploys</span></div>
    <div class="messages" id="messages"></div>
    <form class="composer" id="composer" autocomplete="off"><input id="composer-input" placeholder="Type /deploy-checklist start payments-api v2.4.1" aria-label="Message"><button type="submit">Send</button></form>
  </section>
  <aside class="thread-pane" id="thread-pane" hidden>
    <div class="pane-title">Thread<button type="button" class="modal-x" id="close-thread" aria-label="Close thread">×</button></div>
    <div class="messages" id="thread"></div>
  </aside>
</div>
<div class="layer" id="modal-layer" hidden></div>
<div class="layer" id="confirm-layer" hidden></div>
<div class="notice" id="notice" hidden></div>
<script type="module" src="/assets/sandbox-page.js"></script>
</body></html>`;
}
