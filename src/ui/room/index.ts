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
import { displayRoomCode, HOST_FRAGMENT, joinLink } from '../../room/links';
import type { FacilitatorView, Progress, RoomError, TraineeView, You } from '../../room/protocol';
import { Modal } from '../results/modal';
import { resultsStrings } from '../results/strings';
import { formats } from '../results/format';
import { qrSvg } from '../result-code';
import { CLASS_RUNS, CLASS_SEED, type RoomFeed } from '../class/aggregate';
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
  /** The room's results, each time they change: the Class panel fills itself from them (open or not). */
  roomResults(feed: RoomFeed): void;
  /** Opens the Class panel (it shows the room's results and keeps following them). */
  openClass(): void;
  /** Back in the room after a reload: continue the saved game, if any. */
  resumeGame(): void;
}

export interface RoomUi {
  handle(e: SessionEvent): void;
  refresh(): void;
}

export function startRoom(link: { room: string; key: string | null; host?: boolean }, host: RoomHost): RoomUi {
  // The key travels in the fragment: drop it from the address bar (and from anything copied from it).
  // `#room-host` (no secret) marks the page as the facilitator's own screen, so a reload stays it.
  if (link.key) history.replaceState(null, '', `${location.pathname}${location.search}#${HOST_FRAGMENT}`);
  const fac = new FacilitatorClient();
  if (link.key) fac.adopt(link.room, link.key);
  if (fac.room !== link.room) return new TraineeRoom(link.room, host);
  if (link.key || link.host) return new FacilitatorRoom(link.room, fac, host);
  // This browser holds the room's facilitator key, but the page is the trainees' join link: a trainee
  // already in the room from here goes on as one; otherwise the page asks. The key stays stored either way.
  if (new TraineeClient().room === link.room) return new TraineeRoom(link.room, host);
  return new ChooseRole(link.room, fac, host);
}

/** The join link opened in the facilitator's browser: "your facilitator's screen, or join as a trainee?" */
class ChooseRole implements RoomUi {
  private chosen: RoomUi | null = null;
  /** The story's events before the choice (the trainee's progress needs them). */
  private readonly early: SessionEvent[] = [];
  private readonly modal: Modal;

  constructor(private readonly room: string, private readonly fac: FacilitatorClient, private readonly host: RoomHost) {
    this.modal = new Modal(host.root, 'room-choose', 'room-choose-title', () => this.facilitator());
    this.render();
    this.modal.open();
    this.modal.focusTitle();
  }

  private render(): void {
    const s = ROOM_STRINGS[this.host.lang()];
    const room = displayRoomCode(this.room);
    this.modal.body.replaceChildren(
      h('h2', { id: 'room-choose-title', tabindex: -1 }, fill(s.chooseTitle, { room })),
      h('p', {}, s.chooseIntro),
      h('div', { class: 'rs-actions' },
        h('button', { type: 'button', class: 'primary room-choose-facilitator', onclick: () => this.facilitator() }, s.chooseFacilitator),
        h('button', { type: 'button', class: 'room-choose-trainee', onclick: () => this.trainee() }, s.chooseTrainee)),
      h('p', { class: 'rs-note' }, s.chooseNote),
    );
  }

  private facilitator(): void {
    if (this.chosen) return;
    history.replaceState(null, '', `${location.pathname}${location.search}#${HOST_FRAGMENT}`);
    this.modal.close();
    this.chosen = new FacilitatorRoom(this.room, this.fac, this.host);
  }

  private trainee(): void {
    if (this.chosen) return;
    this.modal.close();
    const t = new TraineeRoom(this.room, this.host);
    this.chosen = t;
    for (const e of this.early.splice(0)) t.handle(e);
  }

  handle(e: SessionEvent): void {
    if (this.chosen) return this.chosen.handle(e);
    if (e.type === 'reset') this.early.length = 0;
    this.early.push(e);
  }

  refresh(): void {
    if (this.chosen) this.chosen.refresh();
    else this.render();
  }
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
  /** The room's results last given to the Class panel (its codes, one a line). */
  private fed: string | null = null;
  /** The panel's content (redrawn) and its live line (kept, so a screen reader hears only its changes). */
  private readonly content = h('div', {});
  private readonly live = h('p', { class: 'room-results-in', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly room: string, private readonly fac: FacilitatorClient, private readonly host: RoomHost) {
    this.button = h('button', { type: 'button', class: 'room-fac-open', 'aria-haspopup': 'dialog', onclick: () => this.open() });
    host.root.append(this.button);
    this.fac.on('view', (v) => {
      this.render();
      this.feed(v);
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

  /** The Class panel fills itself from the room: every new result goes to it, without a click. */
  private feed(v: FacilitatorView): void {
    const codes = this.codes(v).join('\n');
    if (codes === this.fed) return;
    this.fed = codes;
    this.host.roomResults({ label: displayRoomCode(this.room), codes, finished: this.codes(v).length, members: v.members.length });
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
    if (this.content.parentElement !== m.body) m.body.replaceChildren(this.content, this.live);
    const liveText = codes.length ? fill(s.resultsIn, { n: codes.length, members: members.length }) : s.noResultsYet;
    if (this.live.textContent !== liveText) this.live.textContent = liveText;
    this.content.replaceChildren(
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
          type: 'button', class: 'room-to-class',
          onclick: () => {
            m.close();
            this.host.openClass();
          },
        }, fill(s.toClass, { n: codes.length }))),
    );
    if (focusedClass) m.el.querySelector<HTMLElement>(`.${focusedClass.split(' ')[0]}`)?.focus({ preventScroll: true });
  }
}
