import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { dismissPhotoNotice, photoStore, returnToComposer, type PhotoNoticeState } from '@/lib/content/attached-photos';
import { t, type MessageKey } from '@/lib/i18n';
import { usePageTheme } from './page-theme';
import { placeNotice } from './photo-notice-place';
import { useAnchorRect } from './use-anchor-rect';

/**
 * The photo notices of the page's composers, in the overlay's shadow root beside the badges. Each sits beside
 * its composer (photo-notice-place.ts), never over the site's Post button, and is never modal.
 */
export function PhotoNotices() {
  const notices = useStore(photoStore, (s) => s.notices);
  const latest = useStore(photoStore, (s) => (s.latestId ? s.notices[s.latestId] : undefined));
  const theme = usePageTheme();
  return (
    <div className="pg-root" data-theme={theme}>
      {Object.values(notices).map((notice) => (
        <PhotoNotice key={notice.composerId} notice={notice} />
      ))}
      {/* Present from the start, so a new notice is announced without focus leaving the site's composer; the
          shortcut is how keyboard users reach it. */}
      <div className="pg-sr-only" role="status" aria-live="polite" data-testid="phi-guard-photo-status">
        {latest ? [...linesFor(latest).map((line) => t(line.title)), t('photoNoticeShortcut')].join(' ') : ''}
      </div>
    </div>
  );
}

interface Line {
  testId: string;
  title: MessageKey;
  why: MessageKey;
}

function linesFor(notice: PhotoNoticeState): Line[] {
  const lines: Line[] = [];
  if (notice.location) lines.push({ testId: 'phi-guard-photo-location', title: 'photoLocationTitle', why: 'photoLocationWhy' });
  if (notice.serial) lines.push({ testId: 'phi-guard-photo-serial', title: 'photoSerialTitle', why: 'photoSerialWhy' });
  if (notice.owner) lines.push({ testId: 'phi-guard-photo-owner', title: 'photoOwnerTitle', why: 'photoOwnerWhy' });
  // Every photo, with or without metadata: a face is an identifier no metadata check can see.
  lines.push({ testId: 'phi-guard-photo-consent', title: 'photoConsentTitle', why: 'photoConsentWhy' });
  return lines;
}

function PhotoNotice({ notice }: { notice: PhotoNoticeState }) {
  const rect = useAnchorRect(notice.anchor);
  const focusId = useStore(photoStore, (s) => s.focusId);
  const dismissButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusId !== notice.composerId) return;
    dismissButton.current?.focus();
    photoStore.setState({ focusId: null });
  }, [focusId]);
  if (!notice.anchor.isConnected) return null;
  // From the keyboard, focus goes back to the composer; a pointer user's next click decides where it goes.
  const dismiss = (fromKeyboard: boolean) => {
    dismissPhotoNotice(notice.composerId);
    if (fromKeyboard) returnToComposer(notice.anchor);
  };
  const lines = linesFor(notice);
  // The submit button is read with each move of the composer (at most once a frame): it moves with it.
  const submit = notice.submit?.isConnected ? notice.submit.getBoundingClientRect() : null;
  const place = placeNotice(rect, submit, { width: window.innerWidth, height: window.innerHeight });
  const titleId = `pg-photo-title-${notice.composerId}`;
  return (
    <section
      className="pg-photo"
      role="region"
      aria-labelledby={titleId}
      data-testid="phi-guard-photo-notice"
      data-composer={notice.composerId}
      style={place}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        dismiss(true);
      }}
    >
      <div className="pg-panel-head">
        <strong id={titleId}>{t('photoNoticeTitle')}</strong>
        <button
          ref={dismissButton}
          type="button"
          className="pg-close"
          aria-label={t('photoNoticeDismiss')}
          title={t('photoNoticeDismiss')}
          data-testid="phi-guard-photo-dismiss"
          // A click the keyboard made (Enter, Space) has no pointer detail.
          onClick={(event) => dismiss(event.detail === 0)}
        >
          ×
        </button>
      </div>
      <ul className="pg-cards">
        {lines.map((line) => (
          <li
            key={line.testId}
            className="pg-card"
            data-severity={line.testId === 'phi-guard-photo-consent' ? 'info' : 'warn'}
            data-testid={line.testId}
          >
            <p className="pg-card-title">{t(line.title)}</p>
            <p className="pg-explanation">{t(line.why)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
