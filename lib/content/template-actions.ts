import { t } from '../i18n';
import { sendToBackground } from '../messaging/send';
import { selectionOffsets } from './caret';
import { copyToClipboard } from './clipboard';
import { onComposerShortcut } from './composer-shortcut';
import type { ComposerSession } from './composer-session';
import { uiStore } from './store';
import type { InsertMode } from './template-picker-model';

export interface TemplateActions {
  openPicker(composerId: string): void;
  closePicker(composerId: string): void;
  insertTemplate(composerId: string, text: string, mode: InsertMode): Promise<void>;
}

interface Deps {
  site: string;
  sessions: ReadonlyMap<string, ComposerSession>;
  signal: AbortSignal;
}

/**
 * The reply assistant's side of the page: opens the template picker (from the badge, the panel, or
 * Alt+Shift+T in a composer), loads the policy's templates and what suits the comment being answered, and
 * writes the chosen text through the editor-safe path — or, when the editor refuses it, puts it on the
 * clipboard and says so, leaving the draft as it was.
 */
export function createTemplateActions({ site, sessions, signal }: Deps): TemplateActions {
  // Where the caret was when the picker opened: focus moves into the picker, the editor's selection may not stay.
  let caret: { start: number; end: number } | null = null;

  const openPicker = (composerId: string) => {
    const session = sessions.get(composerId);
    if (!session) return;
    caret = selectionOffsets(session.composer.element);
    const draft = session.text;
    const commenterName = session.composer.replyAuthor();
    uiStore.setState({
      openId: null,
      picker: {
        composerId,
        loading: true,
        templates: [],
        suggested: [],
        situations: [],
        variables: {},
        ...(commenterName ? { commenterName } : {}),
        draftHasText: draft.trim().length > 0,
      },
    });
    const context = session.context();
    void Promise.all([
      sendToBackground({ type: 'getTemplates', site }),
      // The draft as it is, with the comment it answers: the situations, and templates its findings point to.
      sendToBackground({ type: 'check', text: draft, context, draftKey: session.draftKey }),
    ]).then(
      ([all, checked]) => {
        if (uiStore.getState().picker?.composerId !== composerId) return;
        uiStore.setState((s) => ({
          picker: s.picker && {
            ...s.picker,
            loading: false,
            templates: all.templates,
            suggested: checked.suggestedTemplates ?? [],
            situations: checked.situations ?? [],
            variables: { ...all.variables, ...checked.variables },
          },
        }));
      },
      () => {
        if (uiStore.getState().picker?.composerId !== composerId) return;
        uiStore.setState((s) => ({
          picker: s.picker && { ...s.picker, loading: false, error: t('pickerLoadFailed') },
        }));
      },
    );
  };

  // Alt+Shift+T in a composer opens the picker: no browser, X, Facebook or LinkedIn shortcut uses it.
  onComposerShortcut('KeyT', sessions, (session) => openPicker(session.id), signal);

  return {
    openPicker,
    closePicker(composerId) {
      uiStore.setState({ picker: null });
      sessions.get(composerId)?.composer.element.focus({ preventScroll: true });
    },
    async insertTemplate(composerId, text, mode) {
      const session = sessions.get(composerId);
      uiStore.setState({ picker: null });
      if (!session) return;
      const outcome = await session.insertTemplate(text, mode, caret);
      if (outcome.ok) {
        uiStore.setState({ notice: t('noticeTemplateInserted') });
        return;
      }
      // The editor refused or the draft changed meanwhile: the draft is as it was, the text goes to the clipboard.
      const copied = await copyToClipboard(text);
      uiStore.setState({
        notice: copied ? t('noticeTemplateOnClipboard') : t('noticeTemplateByHand'),
      });
    },
  };
}
