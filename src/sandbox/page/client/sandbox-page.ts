// The sandbox page's script (runs in the browser; compiled by its own tsconfig with the DOM library). It draws what
// /sandbox/state renders and sends what the person does: a command, a click with its choice, a modal's inputs. It
// builds no Slack payload itself: the sandbox server does, from the message or view the bot posted.

type Choice = { value?: string; values?: string[] };
type ElementRef = { a: string; b: string; t: string };
type Surface = { type: 'message'; channel: string; ts: string } | { type: 'view'; id: string };
type StateAnswer = {
  now: string;
  offsetMs: number;
  channel: string;
  thread: string;
  modal: { id: string; hash: string; html: string } | null;
  home: string;
};
type PostAnswer = { ok: boolean; notice?: string; errors?: Record<string, string>; now?: string };
type Confirm = { title: string; html: string; confirm: string; deny: string; style: string };

const page = {
  user: localStorage.getItem('sandbox-user') ?? '',
  channel: '',
  channelName: '',
  thread: null as string | null,
  tab: 'channel' as 'channel' | 'home',
  shownModal: '',
};

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
}

const actingAs = $('acting-as') as HTMLSelectElement;
const messages = $('messages');
const threadPane = $('thread-pane');
const thread = $('thread');
const modalLayer = $('modal-layer');
const confirmLayer = $('confirm-layer');
const composer = $('composer') as HTMLFormElement;
const composerInput = $('composer-input') as HTMLInputElement;
const notice = $('notice');

if (page.user && [...actingAs.options].some((o) => o.value === page.user)) actingAs.value = page.user;
page.user = actingAs.value;
const firstChannel = document.querySelector<HTMLElement>('[data-channel]');
page.channel = firstChannel?.dataset.channel ?? '';
page.channelName = firstChannel?.dataset.name ?? '';
openPermalink();

/** A permalink the bot posted (`#C0DEPLOYS/1700000000.000100`) opens that channel and the message's thread. */
function openPermalink(): void {
  const [channel, ts] = decodeURIComponent(location.hash.slice(1)).split('/');
  const button = channel ? document.querySelector<HTMLElement>(`[data-channel="${CSS.escape(channel)}"]`) : null;
  if (!button || !ts) return;
  page.channel = channel ?? page.channel;
  page.channelName = button.dataset.name ?? page.channelName;
  page.thread = ts;
  page.tab = 'channel';
  for (const b of document.querySelectorAll('.sidebar button')) b.classList.toggle('active', b === button);
}

window.addEventListener('hashchange', () => {
  openPermalink();
  void refresh();
});

function showNotice(text: string): void {
  notice.textContent = text;
  notice.hidden = false;
  setTimeout(() => {
    notice.hidden = true;
  }, 4000);
}

function formatClock(iso: string, offsetMs: number): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
  if (offsetMs <= 0) return text;
  const hours = Math.round(offsetMs / 3_600_000);
  const ahead = hours >= 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${hours} h`;
  return `${text} (${ahead} ahead)`;
}

function setHtml(target: HTMLElement, html: string): void {
  if (target.dataset.html === html) return;
  const atBottom = target.scrollHeight - target.scrollTop - target.clientHeight < 40;
  target.innerHTML = html;
  target.dataset.html = html;
  if (atBottom) target.scrollTop = target.scrollHeight;
}

let refreshing = false;
let again = false;

async function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = true;
  try {
    const params = new URLSearchParams({ user: page.user, channel: page.channel, tab: page.tab });
    if (page.thread) params.set('thread', page.thread);
    const res = await fetch(`/sandbox/state?${params}`);
    if (!res.ok) return;
    const state = (await res.json()) as StateAnswer;
    $('clock').textContent = formatClock(state.now, state.offsetMs);
    $('pane-title').textContent =
      page.tab === 'home'
        ? 'deploy-checklist: Home'
        : page.channel === 'dm'
          ? page.channelName
          : `# ${page.channelName}`;
    composer.hidden = page.tab === 'home';
    setHtml(messages, page.tab === 'home' ? state.home : state.channel);
    threadPane.hidden = page.thread === null || page.tab === 'home';
    if (page.thread) setHtml(thread, state.thread);
    const modalKey = state.modal ? `${state.modal.id}:${state.modal.hash}` : '';
    if (modalKey !== page.shownModal) {
      page.shownModal = modalKey;
      modalLayer.innerHTML = state.modal?.html ?? '';
      modalLayer.hidden = state.modal === null;
    }
  } catch {
    // The sandbox stopped or restarts; the next poll tries again.
  } finally {
    refreshing = false;
    if (again) {
      again = false;
      void refresh();
    }
  }
}

async function post(path: string, body: unknown): Promise<PostAnswer> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as PostAnswer;
    if (answer.notice) showNotice(answer.notice);
    return answer;
  } catch {
    showNotice('The sandbox is not answering.');
    return { ok: false };
  } finally {
    void refresh();
    setTimeout(() => void refresh(), 400);
  }
}

function refOf(element: HTMLElement): ElementRef | undefined {
  const raw = element.dataset.el;
  return raw ? (JSON.parse(raw) as ElementRef) : undefined;
}

function surfaceOf(element: HTMLElement): Surface | undefined {
  const holder = element.closest<HTMLElement>('[data-surface]');
  return holder?.dataset.surface ? (JSON.parse(holder.dataset.surface) as Surface) : undefined;
}

/** The person's choice in an element, as the server needs it to build Slack's value. */
function choiceOf(element: HTMLElement): Choice {
  if (element instanceof HTMLSelectElement) {
    if (element.multiple) return { values: [...element.selectedOptions].map((o) => o.value) };
    return { value: element.value };
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return { value: element.value };
  const inputs = [...element.querySelectorAll<HTMLInputElement>('input')];
  if (inputs.some((i) => i.type === 'checkbox')) return { values: inputs.filter((i) => i.checked).map((i) => i.value) };
  if (inputs.length > 0) return { value: inputs.find((i) => i.checked)?.value ?? '' };
  return {};
}

function viewState(view: HTMLElement): Record<string, Choice> {
  const state: Record<string, Choice> = {};
  for (const element of view.querySelectorAll<HTMLElement>('[data-el][data-input]')) {
    const ref = refOf(element);
    if (ref) state[ref.b] = choiceOf(element);
  }
  return state;
}

function askConfirm(confirm: Confirm): Promise<boolean> {
  return new Promise((resolve) => {
    const style = confirm.style === 'danger' ? 'bk-danger' : 'bk-primary';
    confirmLayer.innerHTML = `<div class="confirm" role="alertdialog"><div class="modal-title"></div><div class="modal-body">${confirm.html}</div><div class="modal-footer"><button type="button" class="bk-button" data-deny="1"></button><button type="button" class="bk-button ${style}" data-confirm-yes="1"></button></div></div>`;
    (confirmLayer.querySelector('.modal-title') as HTMLElement).textContent = confirm.title;
    (confirmLayer.querySelector('[data-deny]') as HTMLElement).textContent = confirm.deny;
    (confirmLayer.querySelector('[data-confirm-yes]') as HTMLElement).textContent = confirm.confirm;
    confirmLayer.hidden = false;
    const done = (answer: boolean) => {
      confirmLayer.hidden = true;
      confirmLayer.innerHTML = '';
      resolve(answer);
    };
    (confirmLayer.querySelector('[data-deny]') as HTMLElement).onclick = () => done(false);
    (confirmLayer.querySelector('[data-confirm-yes]') as HTMLElement).onclick = () => done(true);
  });
}

async function act(element: HTMLElement, choice: Choice): Promise<void> {
  const ref = refOf(element);
  const surface = surfaceOf(element);
  if (!ref || !surface) return;
  const confirm = element.dataset.confirm ? (JSON.parse(element.dataset.confirm) as Confirm) : undefined;
  if (confirm && !(await askConfirm(confirm))) return;
  const view = element.closest<HTMLElement>('[data-view]');
  await post('/sandbox/action', {
    user: page.user,
    surface,
    element: ref,
    choice,
    ...(view ? { state: viewState(view) } : {}),
  });
}

function showErrors(view: HTMLElement, errors: Record<string, string>): void {
  for (const slot of view.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const error = errors[slot.dataset.errorFor ?? ''] ?? '';
    slot.textContent = error;
    slot.parentElement?.classList.toggle('bk-has-error', error !== '');
  }
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const channel = target.closest<HTMLElement>('[data-channel]');
  if (channel) {
    page.channel = channel.dataset.channel ?? page.channel;
    page.channelName = channel.dataset.name ?? page.channelName;
    page.tab = 'channel';
    page.thread = null;
    for (const b of document.querySelectorAll('.sidebar button')) b.classList.toggle('active', b === channel);
    void refresh();
    return;
  }
  const home = target.closest<HTMLElement>('[data-home]');
  if (home) {
    page.tab = 'home';
    for (const b of document.querySelectorAll('.sidebar button')) b.classList.toggle('active', b === home);
    void post('/sandbox/home', { user: page.user });
    return;
  }
  const replies = target.closest<HTMLElement>('[data-thread]');
  if (replies) {
    page.thread = replies.dataset.thread ?? null;
    void refresh();
    return;
  }
  if (target.closest('#close-thread')) {
    page.thread = null;
    void refresh();
    return;
  }
  const advance = target.closest<HTMLElement>('[data-advance]');
  if (advance) {
    void post('/sandbox/clock', { advanceMs: Number(advance.dataset.advance) });
    return;
  }
  const submit = target.closest<HTMLElement>('[data-submit-view]');
  if (submit) {
    const view = submit.closest<HTMLElement>('[data-view]');
    if (!view) return;
    const viewId = submit.dataset.submitView ?? '';
    void post('/sandbox/submit', { user: page.user, viewId, state: viewState(view) }).then((answer) => {
      showErrors(view, answer.errors ?? {});
      const slot = view.querySelector<HTMLElement>('.modal-notice');
      if (slot) slot.textContent = answer.ok || answer.errors ? '' : (answer.notice ?? '');
    });
    return;
  }
  const close = target.closest<HTMLElement>('[data-close-view]');
  if (close) {
    void post('/sandbox/close', { user: page.user, viewId: close.dataset.closeView ?? '' });
    return;
  }
  const button = target.closest<HTMLElement>('button[data-el]');
  if (button && button.dataset.input === undefined) {
    event.preventDefault();
    void act(button, {});
  }
});

document.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === actingAs) {
    page.user = actingAs.value;
    localStorage.setItem('sandbox-user', page.user);
    if (page.tab === 'home') void post('/sandbox/home', { user: page.user });
    else void refresh();
    return;
  }
  const element = target.closest<HTMLElement>('[data-el]');
  if (!element || element.dataset.input !== undefined || element.tagName === 'BUTTON') return;
  const choice = choiceOf(element);
  // An overflow menu goes back to its "⋯" once chosen, as Slack's closes.
  if (element.classList.contains('bk-overflow')) (element as HTMLSelectElement).value = '';
  void act(element, choice);
});

composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = composerInput.value;
  composerInput.value = '';
  void post('/sandbox/command', { user: page.user, channel: page.channel, text });
});

void refresh();
setInterval(() => void refresh(), 1000);
