import { createStore } from 'zustand/vanilla';
import { METADATA_READ_LIMIT, readPhotoMetadata, type PhotoMetadata } from '../media/read-photo-metadata';
import type { PhotoIdentifier } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { Composer } from '../sites/adapter';
import type { ComposerSession } from './composer-session';
import { onComposerShortcut } from './composer-shortcut';

/** What the photo notice of one composer says: which identifying metadata its attached photos carry. */
export interface PhotoNoticeState {
  composerId: string;
  anchor: HTMLElement;
  /** The site's submit button for the composer, which the notice must leave uncovered. */
  submit: HTMLElement | null;
  location: boolean;
  serial: boolean;
  owner: boolean;
}

export interface PhotoUiState {
  notices: Record<string, PhotoNoticeState>;
  /** The composer whose notice changed last: its notice is the one announced. */
  latestId: string | null;
  /** The composer whose notice should take focus (Alt+Shift+P in that composer); cleared once focused. */
  focusId: string | null;
}

export const photoStore = createStore<PhotoUiState>(() => ({ notices: {}, latestId: null, focusId: null }));

/** Where the caret was in the composer when Alt+Shift+P moved focus to its notice. */
let caretBeforeNotice: Range | null = null;

/**
 * Gives focus back to the composer after its notice was closed from the keyboard, with the caret where it was
 * when the shortcut moved it away (a plain focus() puts a contenteditable's caret at its start).
 */
export function returnToComposer(anchor: HTMLElement): void {
  const caret = caretBeforeNotice;
  caretBeforeNotice = null;
  anchor.focus({ preventScroll: true });
  const selection = anchor.ownerDocument.getSelection();
  if (!caret || !selection || !anchor.contains(caret.startContainer)) return;
  selection.removeAllRanges();
  selection.addRange(caret);
}

export function dismissPhotoNotice(composerId: string): void {
  photoStore.setState((s) => {
    const { [composerId]: _dismissed, ...rest } = s.notices;
    return { notices: rest, latestId: s.latestId === composerId ? null : s.latestId };
  });
}

/** How far up from a file input the composer it belongs to is looked for (sites nest their toolbars deeply). */
const MAX_DEPTH = 25;

/**
 * The composer an attachment belongs to: the one inside the closest ancestor of `from` that holds any
 * (a file input sits in the composer's toolbar, a drop or paste lands in the editor itself); undefined when
 * none is within reach or only the page's body holds both, as for a profile-picture upload.
 */
export function composerNear<T extends { composer: Pick<Composer, 'element'> }>(
  from: Node | null,
  sessions: Iterable<T>,
): T | undefined {
  const candidates = [...sessions];
  let scope: Node | null = from;
  // The whole page holds every composer: reaching it means the attachment belongs to none of them.
  const page = from?.ownerDocument?.body;
  for (let depth = 0; scope && scope !== page && depth < MAX_DEPTH; depth++, scope = scope.parentNode) {
    const found = candidates.find((s) => scope!.contains(s.composer.element));
    if (found) return found;
  }
  return undefined;
}

/** Image file names, for files whose type the system left empty (HEIC often has none). */
const IMAGE_NAME = /\.(jpe?g|png|webp|hei[cf]|avif|tiff?)$/i;

/** Images among the files of an input, a drop or a paste. */
function imagesOf(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/') || (!file.type && IMAGE_NAME.test(file.name)));
}

/** The photo's identifying metadata, read from its first bytes in this tab; nothing on an unreadable file. */
async function metadataOf(file: File): Promise<PhotoMetadata | null> {
  try {
    return readPhotoMetadata(await file.slice(0, METADATA_READ_LIMIT).arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * What a photo's notice names for it: the identifying metadata found, and the consent reminder every photo
 * gets (a face is an identifier no metadata check can see). Which kinds only, never their values.
 */
export function photoIdentifiers(metadata: PhotoMetadata | null): PhotoIdentifier[] {
  const found: PhotoIdentifier[] = [];
  if (metadata?.gps) found.push('location');
  if (metadata?.cameraSerial || metadata?.lensSerial) found.push('serial');
  if (metadata?.ownerName) found.push('owner');
  found.push('consent');
  return found;
}

/**
 * Watches photos attached to the page's composers — through the site's file input, a drop or a paste — and
 * keeps a notice per composer saying whether they carry a location or a camera serial, with the consent
 * reminder every photo gets. The file is read locally (File.slice, at most METADATA_READ_LIMIT bytes) and its
 * bytes go nowhere: not to the site, not to the background. Listeners are passive: the site's own handling
 * of the attachment is untouched. Each file's notice is recorded in the audit log once, by which identifiers
 * it named, under `site` (the adapter's id, as the composer checks report it). Alt+Shift+P in a composer moves focus to its notice.
 */
export function watchAttachedPhotos(
  site: string,
  sessions: ReadonlyMap<string, ComposerSession>,
  signal: AbortSignal,
): void {
  // The same File can arrive twice (a site that copies a drop into its own input).
  const seen = new WeakSet<File>();

  const attach = async (target: EventTarget | undefined, files: File[]) => {
    const fresh = files.filter((file) => !seen.has(file));
    if (!fresh.length) return;
    const session = composerNear(target instanceof Node ? target : null, sessions.values());
    if (!session) return;
    for (const file of fresh) seen.add(file);
    const named = (await Promise.all(fresh.map(metadataOf))).map(photoIdentifiers);
    if (signal.aborted || !sessions.has(session.id)) return;
    const previous = photoStore.getState().notices[session.id];
    const any = (identifier: PhotoIdentifier) => named.some((identifiers) => identifiers.includes(identifier));
    const notice: PhotoNoticeState = {
      composerId: session.id,
      anchor: session.composer.element,
      submit: session.composer.submitButton(),
      location: !!previous?.location || any('location'),
      serial: !!previous?.serial || any('serial'),
      owner: !!previous?.owner || any('owner'),
    };
    photoStore.setState((s) => ({
      latestId: session.id,
      // Notices of composers that have left the page go with this update.
      notices: { ...Object.fromEntries(Object.entries(s.notices).filter(([id]) => sessions.has(id))), [session.id]: notice },
    }));
    for (const identifiers of named) {
      void sendToBackground({ type: 'photoWarned', identifiers, site, surface: session.composer.surface }).catch(() => undefined);
    }
  };

  const options = { capture: true, passive: true, signal };
  document.addEventListener(
    'change',
    (event) => {
      const input = event.composedPath()[0];
      if (input instanceof HTMLInputElement && input.type === 'file') void attach(input, imagesOf(input.files));
    },
    options,
  );
  // Files of a drop or paste can only be read while the event runs: they are taken synchronously.
  document.addEventListener('drop', (event) => void attach(event.composedPath()[0], imagesOf(event.dataTransfer?.files)), options);
  document.addEventListener('paste', (event) => void attach(event.composedPath()[0], imagesOf(event.clipboardData?.files)), options);

  onComposerShortcut(
    'KeyP',
    sessions,
    (session) => {
      if (!photoStore.getState().notices[session.id]) return;
      const selection = document.getSelection();
      caretBeforeNotice = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      photoStore.setState({ focusId: session.id });
    },
    signal,
  );
}
