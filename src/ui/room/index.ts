// The live room in the game (loaded only when the page is opened with a room link, src/room/links.ts):
// a trainee enters a name, plays, and their progress and result reach the room; when the
// facilitator holds the room at a decision they vote, then see the split and the model's result per
// option. The facilitator's page shows who has joined and how far each is, holds, reveals, releases,
// and fills the Class panel from the room. Both come back to the same place after a reload (the
// client keeps its secret and resumes). The room needs the network: every screen says so offline.
import './room.css';
import { h, fill } from '../dom';
import type { Lang } from '../../i18n/strings';
import type { SessionEvent } from '../../narrative/session';
import { ALICE_PATH, DECISIONS, isDecisionId, decisionKeyOf, type DecisionKey, type Decisions } from '../../sim/decisions';
import type { ClassPort } from '../../service/protocol';
import { FacilitatorClient, TraineeClient, type Status } from '../../room/client';
import { displayRoomCode, joinLink } from '../../room/links';
import type { FacilitatorView, Progress, RoomError, TraineeView, You } from '../../room/protocol';
import { Modal } from '../results/modal';
import { resultsStrings } from '../results/strings';
import { formats } from '../results/format';
import { qrSvg } from '../result-code';
import { CLASS_RUNS, CLASS_SEED } from '../class/aggregate';
import { ROOM_STRINGS } from './strings';

export interface RoomHost {
  readonly root: HTMLElement;
  lang(): Lang;
  readonly sim: ClassPort;
  /** The game on screen. */
  game(): { readonly seed: number; readonly history: readonly string[] };
  /** The game on screen as a result code (the path link's code, with the story version). */
  resultCode(): string;
  message(text: string, kind?: 'info' | 'error'): void;
  /** Opens the Class panel with these codes (one a line). */
  openClass(codes: string, roomLabel: string): void;
  /** The same codes again if the Class panel is open (results keep arriving). */
  updateClass(codes: string, roomLabel: string): void;
  /** Back in the room after a reload: continue the saved game, if any. */
  resumeGame(): void;
}

export interface RoomUi {
  handle(e: SessionEvent): void;
  refresh(): void;
}

export function startRoom(link: { room: string; key: string | null }, host: RoomHost): RoomUi {
  // The key travels in the fragment: drop it from the address bar (and from anything copied from it).
  if (link.key) history.replaceState(null, '', `${location.pathname}${location.search}`);
  // After that, a reload finds the key stored by the client: still the facilitator's page.
  const fac = new FacilitatorClient();
  if (link.key) fac.adopt(link.room, link.key);
  return fac.room === link.room ? new FacilitatorRoom(link.room, fac, host) : new TraineeRoom(link.room, host);
}

const errorText = (lang: Lang, e: RoomError) => fill(ROOM_STRINGS[lang].error, { reason: ROOM_STRINGS[lang].errors[e.code] ?? e.message });

function statusText(lang: Lang, s: Status): string {
  const t = ROOM_STRINGS[lang];
  if (s === 'online') return t.online;
  if (s === 'closed') return t.closed;
  if (s === 'offline' || (typeof navigator !== 'undefined' && !navigator.onLine)) return t.offline;
  return t.connecting;
}

// ---- trainee --------------------------------------------------------------------------------------

class TraineeRoom implements RoomUi {
  private readonly me = new TraineeClient();
  private readonly bar: HTMLElement;
  private readonly holdEl: HTMLElement;
  private joinModal: Modal | null = null;
  private joinError = '';
  private busy = false;
  private episode: number | null = null;
  private decision: DecisionKey | null = null;
  private sent = '';
  private finished = '';
  /** The game's end, kept until the trainee is in the room (a replayed link can end before the resume). */
  private ended: { readonly ending: string | null } | null = null;

  constructor(private readonly room: string, private readonly host: HostLike) {
    this.bar = h('div', { class: 'room-bar', role: 'status', 'aria-live': 'polite', hidden: true });
    this.holdEl = h('section', { class: 'room-hold', 'aria-labelledby': 'room-hold-title', 'data-holds-story': '', hidden: true });
    host.root.append(this.bar, this.holdEl);
    this.me.on('status', () => this.renderBar());
    this.me.on('view', () => this.renderHold());
    this.me.on('you', () => this.renderHold());
    this.me.on('closed', () => {
      this.renderBar();
      this.renderHold();
    });
    window.addEventListener('online', () => this.renderBar());
    window.addEventListener('offline', () => this.renderBar());
    void this.start();
  }

  private get s() {
    return ROOM_STRINGS[this.host.lang()];
  }

  private async start(): Promise<void> {
    // A token for another room is of no use here.
    if (this.me.hasStoredRoom() && this.me.room !== null && this.me.room !== this.room) this.me.forget();
    if (this.me.hasStoredRoom() && (await this.me.resume()) && this.me.room === this.room) {
      this.renderBar();
      this.renderHold();
      this.sendProgress();
      this.host.resumeGame();
      return;
    }
    this.openJoin();
  }

  private openJoin(): void {
    const s = this.s;
    const m = (this.joinModal ??= new Modal(this.host.root, 'room-join', 'room-join-title', () => m.close()));
    const input = h('input', { id: 'room-name', type: 'text', maxlength: 40, autocomplete: 'nickname', required: true });
    const submit = async (e: Event) => {
      e.preventDefault();
      if (this.busy) return;
      const problem = TraineeClient.nameProblem(input.value);
      if (problem) {
        this.joinError = problem;
        return this.openJoin();
      }
      this.busy = true;
      const r = await this.me.join(this.room, input.value);
      this.busy = false;
      if (!r.ok) {
        this.joinError = errorText(this.host.lang(), r.error);
        const keep = input.value;
        this.openJoin();
        (m.body.querySelector('#room-name') as HTMLInputElement).value = keep;
        return;
      }
      this.joinError = '';
      m.close();
      this.renderBar();
      this.renderHold();
      this.sendProgress();
    };
    m.body.replaceChildren(
      h('h2', { id: 'room-join-title', tabindex: -1 }, fill(s.joinTitle, { room: displayRoomCode(this.room) })),
      h('p', { class: 'rs-note' }, s.joinIntro),
      h('form', { class: 'room-join-form', onsubmit: (e: Event) => void submit(e) },
        h('label', { for: 'room-name' }, s.name), input,
        this.joinError ? h('p', { class: 'room-error', role: 'alert' }, this.joinError) : '',
        h('div', { class: 'rs-actions' },
          h('button', { type: 'submit', class: 'primary room-join-button' }, s.join),
          h('button', { type: 'button', onclick: () => m.close() }, s.playAlone))),
    );
    m.open();
    input.focus();
  }

  private renderBar(): void {
    const you = this.me.you;
    if (!you && this.me.status !== 'closed') {
      this.bar.hidden = true;
      return;
    }
    this.bar.hidden = false;
    this.bar.dataset['status'] = this.me.status;
    this.bar.textContent = `${fill(this.s.bar, { room: displayRoomCode(this.room), name: you?.name ?? '' })} · ${statusText(this.host.lang(), this.me.status)}`;
  }

  private renderHold(): void {
    const v: TraineeView | null = this.me.view;
    const you: You | null = this.me.you;
    const hold = v?.hold;
    if (!hold || !you || this.me.status === 'closed') {
      this.holdEl.hidden = true;
      this.holdEl.replaceChildren();
      return;
    }
    const lang = this.host.lang();
    const s = this.s;
    const r = resultsStrings(lang);
    const f = formats(lang);
    const d = DECISIONS.find((x) => x.key === hold.decision)!;
    const myVote = you.vote && you.vote.holdId === hold.id ? you.vote.option : null;
    const wasFocused = this.holdEl.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['option'] : undefined;
    const options = d.options.map((o) => {
      const count = hold.counts?.[o];
      const res = hold.results?.options.find((x) => x.option === o);
      return h('li', { 'data-option': o },
        h('button', {
          type: 'button', class: 'room-vote', 'data-option': o, 'aria-pressed': String(myVote === o), disabled: hold.phase !== 'voting',
          onclick: () => void this.me.vote(o).then((rep) => { if (!rep.ok) this.host.message(errorText(lang, rep.error), 'error'); }),
        }, r.options[o].label, myVote === o ? ` (${s.yourVote})` : ''),
        count !== undefined && count !== null ? h('span', { class: 'room-count', 'data-count': String(count) }, ` ${count}`) : '',
        res && typeof res.metrics['accepted'] === 'number' ? h('span', { class: 'room-result' }, ` · ${fill(s.acceptedShort, { n: f.int(res.metrics['accepted']) })}`) : '');
    });
    this.holdEl.hidden = false;
    this.holdEl.dataset['phase'] = hold.phase;
    this.holdEl.dataset['hold'] = String(hold.id);
    this.holdEl.replaceChildren(
      h('h2', { id: 'room-hold-title' }, fill(s.holdTitle, { decision: `${d.label} · ${r.decisions[d.key]}` })),
      h('p', {}, hold.phase === 'voting' ? s.holdIntro : hold.results ? s.results : s.revealed),
      h('ul', { class: 'room-options' }, ...options),
      h('p', { class: 'room-votes' }, fill(s.votes, { n: hold.voted, members: v.members }), ' ', s.waiting),
    );
    if (wasFocused) this.holdEl.querySelector<HTMLElement>(`button[data-option="${wasFocused}"]`)?.focus();
    else if (hold.phase === 'voting' && !myVote && !this.holdEl.contains(document.activeElement)) this.holdEl.querySelector<HTMLElement>('button.room-vote')?.focus();
  }

  handle(e: SessionEvent): void {
    switch (e.type) {
      case 'reset':
        this.episode = null;
        this.decision = null;
        this.ended = null;
        break;
      case 'tag':
        if (e.tag.kind === 'episode') this.episode = e.tag.episode;
        break;
      case 'choices': {
        const id = e.choices.map((c) => c.id).find((x) => isDecisionId(x));
        this.decision = id && isDecisionId(id) ? decisionKeyOf(id) : null;
        break;
      }
      case 'line':
        this.decision = null;
        break;
      case 'end':
        this.ended = { ending: e.ending };
        this.decision = null;
        break;
      default:
        return;
    }
    this.sendProgress();
  }

  private sendProgress(): void {
    if (!this.me.you) return;
    if (this.ended) {
      const code = this.host.resultCode();
      if (code !== this.finished) {
        this.finished = code;
        void this.me.finish(code, this.ended.ending);
      }
    }
    const decided = new Set(this.host.game().history.filter((id) => isDecisionId(id)).map((id) => decisionKeyOf(id as Parameters<typeof decisionKeyOf>[0]))).size;
    const p: Progress = { episode: this.episode !== null ? Math.min(20, Math.max(1, this.episode)) : null, decision: this.decision, decided };
    const key = JSON.stringify(p);
    if (key === this.sent) return;
    this.sent = key;
    void this.me.progress(p);
  }

  refresh(): void {
    this.renderBar();
    this.renderHold();
    if (this.joinModal?.isOpen) this.openJoin();
  }
}

type HostLike = RoomHost;

// ---- facilitator ----------------------------------------------------------------------------------

class FacilitatorRoom implements RoomUi {
  private readonly button: HTMLButtonElement;
  private modal: Modal | null = null;
  private qr: SVGSVGElement | null = null;
  private selected: DecisionKey = 'plan';
  private note = '';
  /** The codes last given to the Class panel (null: it was not opened from the room). */
  private classCodes: string | null = null;

  constructor(private readonly room: string, private readonly fac: FacilitatorClient, private readonly host: RoomHost) {
    this.button = h('button', { type: 'button', class: 'room-fac-open', 'aria-haspopup': 'dialog', onclick: () => this.open() });
    host.root.append(this.button);
    this.fac.on('view', (v) => {
      this.render();
      // The Class panel opened from the room keeps filling as trainees finish.
      const codes = this.codes(v).join('\n');
      if (this.classCodes !== null && codes !== this.classCodes) {
        this.classCodes = codes;
        this.host.updateClass(codes, displayRoomCode(this.room));
      }
    });
    this.fac.on('status', () => this.render());
    this.fac.on('error', (e) => this.host.message(errorText(this.host.lang(), e), 'error'));
    window.addEventListener('online', () => this.render());
    window.addEventListener('offline', () => this.render());
    void qrSvg(joinLink(location.origin, room), ROOM_STRINGS[host.lang()].facQr).then((svg) => {
      this.qr = svg;
      this.render();
    }, () => undefined);
    void this.fac.resume().then(() => this.open());
    this.render();
  }

  private get s() {
    return ROOM_STRINGS[this.host.lang()];
  }

  open(): void {
    const m = (this.modal ??= new Modal(this.host.root, 'room-fac-panel', 'room-fac-title', () => m.close()));
    this.render();
    m.open();
    m.focusTitle();
  }

  refresh(): void {
    this.render();
  }

  handle(): void {
    // The facilitator's own game is theirs: nothing of it goes to the room.
  }

  private codes(v: FacilitatorView): string[] {
    return v.members.flatMap((x) => (x.result ? [`${x.name}: ${x.result.code}`] : []));
  }

  private async act(p: Promise<{ ok: boolean; error?: RoomError }>): Promise<void> {
    const r = await p;
    if (!r.ok && r.error) this.host.message(errorText(this.host.lang(), r.error), 'error');
  }

  private async publish(key: DecisionKey): Promise<void> {
    const d = DECISIONS.find((x) => x.key === key)!;
    this.note = this.s.publishing;
    this.render();
    const paths = d.options.map((o) => ({ ...ALICE_PATH, [key]: o }) as Decisions);
    const res = await this.host.sim.cohort({ paths, seed: CLASS_SEED, runs: CLASS_RUNS, assumptions: null }).catch((e: unknown) => ({ ok: false as const, error: (e as Error).message }));
    this.note = '';
    if (!res.ok) {
      this.host.message(res.error, 'error');
      this.render();
      return;
    }
    await this.act(this.fac.publishResults({
      seed: res.seed, runs: res.runs,
      options: d.options.map((o, i) => {
        const n = res.numbers[i]!;
        return { option: o, tier: n.tier, metrics: { accepted: n.accepted.p50, costPerAccepted: n.costPerAccepted.p50, inboxRate: n.inboxRate.p50 } };
      }),
    }));
  }

  private render(): void {
    const s = this.s;
    const lang = this.host.lang();
    const v = this.fac.view;
    this.button.textContent = fill(s.facOpen, { room: displayRoomCode(this.room), n: v?.members.length ?? 0 });
    this.button.dataset['status'] = this.fac.status;
    const m = this.modal;
    if (!m) return;
    const r = resultsStrings(lang);
    const f = formats(lang);
    const link = joinLink(location.origin, this.room);
    const focusedClass = m.el.contains(document.activeElement) ? (document.activeElement as HTMLElement).className : '';
    const members = v?.members ?? [];
    const where = (x: (typeof members)[number]) => {
      if (x.result) return s.finished;
      const p = x.progress;
      if (!p || p.episode === null) return s.notStarted;
      return p.decision ? fill(s.atDecision, { episode: p.episode, decision: DECISIONS.find((d) => d.key === p.decision)!.label }) : fill(s.atEpisode, { episode: p.episode });
    };
    const hold = v?.hold ?? null;
    const holdD = hold ? DECISIONS.find((d) => d.key === hold.decision)! : null;
    const select = h('select', { id: 'room-hold-decision', onchange: (e: Event) => (this.selected = (e.target as HTMLSelectElement).value as DecisionKey) },
      ...DECISIONS.map((d) => {
        const o = h('option', { value: d.key }, `${d.label} · ${r.decisions[d.key]}`);
        o.selected = d.key === this.selected;
        return o;
      }));
    const codes = v ? this.codes(v) : [];
    m.body.replaceChildren(
      h('div', { class: 'rs-head' },
        h('h2', { id: 'room-fac-title', tabindex: -1 }, fill(s.facTitle, { room: displayRoomCode(this.room) })),
        h('button', { type: 'button', class: 'room-fac-close', onclick: () => m.close() }, s.close)),
      h('p', { class: `room-status`, role: 'status', 'data-status': this.fac.status }, statusText(lang, this.fac.status)),
      h('div', { class: 'room-join-info' },
        h('div', {},
          h('p', { class: 'rs-note' }, s.facIntro),
          h('p', {}, h('strong', {}, `${s.facLinkLabel}: `), h('a', { href: link, class: 'room-join-link' }, link)),
          h('p', { class: 'room-code-big' }, displayRoomCode(this.room))),
        this.qr ? h('div', { class: 'qr-box' }, this.qr) : ''),
      h('section', { 'aria-labelledby': 'room-members-title' },
        h('h3', { id: 'room-members-title' }, fill(s.members, { n: members.length })),
        members.length
          ? h('table', { class: 'room-members' },
            h('thead', {}, h('tr', {}, ...[s.memberName, s.memberWhere, s.memberDecided].map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, ...members.map((x) => h('tr', { 'data-member': x.id, 'data-online': String(x.online) },
              h('th', { scope: 'row' }, x.name, x.online ? '' : ` ${s.away}`),
              h('td', { class: 'room-where' }, where(x)),
              h('td', { class: 'room-decided' }, `${x.progress?.decided ?? 0}/${DECISIONS.length}`)))))
          : h('p', { class: 'rs-note' }, s.noMembers)),
      h('section', { class: 'room-hold-controls', 'aria-labelledby': 'room-hold-controls-title' },
        h('h3', { id: 'room-hold-controls-title' }, s.hold),
        h('div', { class: 'rs-actions' },
          h('label', { for: 'room-hold-decision' }, s.holdAt), select,
          h('button', { type: 'button', class: 'room-hold-button', onclick: () => void this.act(this.fac.hold(this.selected)) }, s.hold)),
        hold && holdD
          ? h('div', { class: 'room-hold-state', 'data-phase': hold.phase, 'data-hold': String(hold.id) },
            h('p', { role: 'status', class: 'room-hold-votes', 'data-voted': String(hold.voters.length) }, fill(s.holdNow, { decision: `${holdD.label} · ${r.decisions[holdD.key]}`, n: hold.voters.length, members: members.length })),
            h('ul', {}, ...holdD.options.map((o) => {
              const res = hold.results?.options.find((x) => x.option === o);
              return h('li', { 'data-option': o, 'data-count': String(hold.counts[o] ?? 0) }, `${r.options[o].label}: ${hold.counts[o] ?? 0}`,
                res && typeof res.metrics['accepted'] === 'number' ? ` · ${fill(s.acceptedShort, { n: f.int(res.metrics['accepted']) })}` : '');
            })),
            h('div', { class: 'rs-actions' },
              hold.phase === 'voting' ? h('button', { type: 'button', class: 'room-reveal', onclick: () => void this.act(this.fac.reveal()) }, s.reveal) : '',
              hold.phase === 'revealed' && !hold.results ? h('button', { type: 'button', class: 'room-publish', onclick: () => void this.publish(hold.decision) }, s.publish) : '',
              h('button', { type: 'button', class: 'room-release', onclick: () => void this.act(this.fac.release()) }, s.release)),
            this.note ? h('p', { class: 'rs-note' }, this.note) : '')
          : ''),
      h('div', { class: 'rs-actions' },
        h('button', {
          type: 'button', class: 'room-to-class', disabled: !codes.length,
          onclick: () => {
            m.close();
            this.classCodes = codes.join('\n');
            this.host.openClass(this.classCodes, displayRoomCode(this.room));
          },
        }, fill(s.toClass, { n: codes.length }))),
    );
    if (focusedClass) m.el.querySelector<HTMLElement>(`.${focusedClass.split(' ')[0]}`)?.focus({ preventScroll: true });
  }
}
