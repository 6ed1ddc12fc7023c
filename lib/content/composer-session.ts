import type { CheckContext, Finding } from '../engine/finding';
import { t } from '../i18n';
import type { Composer } from '../sites/adapter';
import { rangeFor, readEditableText, type EditableText } from '../sites/editable-text';
import { currentText, replaceText, type InsertOutcome } from '../sites/insert-text';
import type { CheckState } from './guard-decision';
import type { HighlightLayer } from './highlights';
import { rebaseFindings } from './rebase-findings';
import { spacedForCaret, type InsertMode } from './template-picker-model';
import { TextareaMirror } from './textarea-mirror';

/** Pause in typing before a check; with the check itself this keeps "last keystroke → underline" under 300 ms. */
export const CHECK_DEBOUNCE_MS = 150;
// Chrome stops an idle extension service worker after 30 s; any message resets that.
const KEEP_AWAKE_MS = 20_000;

export interface ComposerSnapshot {
  id: string;
  surface: Composer['surface'];
  text: string;
  findings: readonly Finding[];
  /** Set when the background could not check the draft; the UI says so instead of showing "no problems". */
  error?: string;
}

/** A check's answer: the findings, and whether some rules did not run yet (a woken worker loading an engine). */
export interface DraftCheck {
  findings: Finding[];
  incomplete: boolean;
}

/** How soon a check that came back incomplete is made again: a pack engine loads in a few hundred ms. */
export const INCOMPLETE_RECHECK_MS = 300;

export interface SessionDeps {
  site: string;
  /**
   * Wakes the background (a cheap message). Sent when the composer gains focus, and every 20 s while it keeps
   * it, so the service worker is awake by the time typing pauses: a cold worker must load the engine first.
   */
  wake(): void;
  /** `complete`: wait for every rule (the pre-submit guard) rather than answer without a still-loading engine's. */
  checkDraft(text: string, context: CheckContext, draftKey: string, options: { complete: boolean }): Promise<DraftCheck>;
  highlights: HighlightLayer;
  publish(snapshot: ComposerSnapshot): void;
}

let nextId = 1;

/**
 * Keeps one composer checked: a debounced check after typing stops, results moved over any typing done
 * meanwhile, underlines for the findings, and fixes written through the editor-safe path. Everything it
 * registers is removed when `signal` aborts.
 */
export class ComposerSession {
  readonly id = `composer-${nextId++}`;
  /** Per-draft key for "ignore once": a fresh one per composer mount. */
  readonly draftKey = `${this.id}-${Math.random().toString(36).slice(2)}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerPending = false;
  private inFlight = 0;
  private sequence = 0;
  private findings: Finding[] = [];
  private checkedText = '';
  private map: EditableText | null = null;
  /** Draws a textarea's underlines, which highlights cannot paint; created with its first findings. */
  private mirror: TextareaMirror | null = null;
  private error: string | undefined;

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
    private readonly signal: AbortSignal,
  ) {
    const { element } = composer;
    // The input handler only restarts a timer: no DOM reads on the keystroke path.
    const onInput = () => this.schedule();
    element.addEventListener('input', onInput, { signal });
    // Sites also change the text without input events (clearing after posting, inserting a mention).
    const observer = new MutationObserver(onInput);
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    let keepAwake: ReturnType<typeof setInterval> | undefined;
    element.addEventListener(
      'focus',
      () => {
        deps.wake();
        clearInterval(keepAwake);
        keepAwake = setInterval(() => (element.ownerDocument.activeElement === element ? deps.wake() : clearInterval(keepAwake)), KEEP_AWAKE_MS);
      },
      { signal },
    );
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.timer);
      clearInterval(keepAwake);
      deps.highlights.clear(this.id);
    });
    this.schedule(0);
  }

  get text(): string {
    return currentText(this.composer.element);
  }

  schedule(delay = CHECK_DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timerPending = true;
    this.timer = setTimeout(() => {
      this.timerPending = false;
      void this.check();
    }, delay);
  }

  /** The draft's context as the engine needs it: the site, the kind of box, and the comment it answers. */
  context(): CheckContext {
    const context: CheckContext = { site: this.deps.site, surface: this.composer.surface };
    const replyTo = this.composer.replyTo();
    if (replyTo) context.replyTo = replyTo;
    return context;
  }

  /**
   * Whether the findings describe the draft as it is now: `pending` while typing has not been checked yet
   * (or a check is on its way), `failed` when the last check could not run.
   */
  checkState(): CheckState {
    if (this.timerPending || this.inFlight > 0 || this.text !== this.checkedText) return 'pending';
    return this.error ? 'failed' : 'current';
  }

  get currentFindings(): readonly Finding[] {
    return this.findings;
  }

  /** Checks the draft now (no debounce) and resolves when its findings are drawn. */
  async checkNow(options = { complete: false }): Promise<void> {
    clearTimeout(this.timer);
    this.timerPending = false;
    await this.check(options);
  }

  async check(options = { complete: false }): Promise<void> {
    if (this.signal.aborted) return;
    const text = this.text;
    const sequence = ++this.sequence;
    const context = this.context();
    let findings: Finding[];
    let incomplete = false;
    this.inFlight++;
    try {
      ({ findings, incomplete } = text.trim()
        ? await this.deps.checkDraft(text, context, this.draftKey, options)
        : { findings: [], incomplete: false });
      this.error = undefined;
    } catch (error) {
      findings = [];
      this.error = error instanceof Error ? error.message : t('sessionCheckFailed');
    } finally {
      this.inFlight--;
    }
    // A newer check has started meanwhile: its result will be the one to show.
    if (sequence !== this.sequence || this.signal.aborted) return;
    this.findings = findings;
    this.checkedText = text;
    this.render();
    // Until then the draft counts as not yet checked (checkState), so the guard asks for a complete check.
    if (incomplete) this.schedule(INCOMPLETE_RECHECK_MS);
  }

  /** Draws the current findings, moved over whatever was typed since they were computed. */
  render(): void {
    const now = this.text;
    if (now !== this.checkedText) {
      this.findings = rebaseFindings(this.findings, this.checkedText, now);
      this.checkedText = now;
    }
    const element = this.composer.element;
    if (element instanceof HTMLTextAreaElement && (this.mirror || this.findings.length)) {
      this.mirror ??= new TextareaMirror(element, this.signal);
      this.mirror.show(now, this.findings);
    }
    this.map = element instanceof HTMLTextAreaElement ? null : readEditableText(element);
    const map = this.map;
    const ranges = map
      ? this.findings.flatMap((f) => {
          const range = rangeFor(map, f.start, f.end);
          return range ? [{ range, severity: f.severity }] : [];
        })
      : [];
    this.deps.highlights.set(this.id, ranges);
    this.deps.publish({
      id: this.id,
      surface: this.composer.surface,
      text: now,
      findings: this.findings,
      ...(this.error ? { error: this.error } : {}),
    });
  }

  /** A DOM range over a finding's words, for the focus highlight and for scrolling it into view. */
  rangeOf(finding: Finding): Range | null {
    return this.map ? rangeFor(this.map, finding.start, finding.end) : null;
  }

  /** Writes a fix into the editor; the fixed text is checked again at once. */
  async applyFix(finding: Finding, replacement: string): Promise<InsertOutcome> {
    const outcome = await replaceText({
      element: this.composer.element,
      editor: this.composer.editor,
      start: finding.start,
      end: finding.end,
      replacement,
      expectedText: this.checkedText,
    });
    if (outcome.ok) {
      this.findings = this.findings.filter((f) => f !== finding);
      this.checkedText = this.text;
      this.render();
      this.schedule(0);
    }
    return outcome;
  }

  /**
   * Writes a template into the editor: instead of the whole draft, or at `caret` (the end when unknown).
   * On success the previous findings are dropped and the new text is checked at once, like typed text.
   */
  async insertTemplate(text: string, mode: InsertMode, caret: { start: number; end: number } | null): Promise<InsertOutcome> {
    const current = this.text;
    const at = caret && caret.end <= current.length ? caret : { start: current.length, end: current.length };
    const [start, end] = mode === 'replace' ? [0, current.length] : [at.start, at.end];
    const replacement = mode === 'replace' ? text : spacedForCaret(text, current.slice(0, start), current.slice(end));
    const outcome = await replaceText({
      element: this.composer.element,
      editor: this.composer.editor,
      start,
      end,
      replacement,
      expectedText: current,
    });
    if (outcome.ok) {
      this.findings = [];
      this.checkedText = this.text;
      this.render();
      this.schedule(0);
    }
    return outcome;
  }

  /** Hides a finding for this draft ("ignore once"). */
  dismiss(finding: Finding): void {
    this.findings = this.findings.filter((f) => f !== finding);
    this.render();
  }
}
