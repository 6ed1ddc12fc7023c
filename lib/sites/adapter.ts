import type { Surface } from '../engine/finding';

/** How text must be written into an editor without breaking it (sites.md, "Writing into the editors"). */
export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';

/** One editable box on a page that PHI Guard checks. */
export interface Composer {
  element: HTMLElement;
  editor: EditorKind;
  surface: Surface;
  /** Text of the post or comment this composer answers, when it is a reply. */
  replyTo(): string | undefined;
  /** Display name of whoever wrote that post or comment, where the site shows it (fills `{{commenterName}}`). */
  replyAuthor(): string | undefined;
  /** The site's own control that publishes this composer's text (null where Enter submits). */
  submitButton(): HTMLElement | null;
  /** True where pressing Enter (without Shift) publishes, as in Facebook comment boxes. */
  submitsOnEnter: boolean;
}

/**
 * A site adapter knows one site's composers. Selectors use structural attributes only (data-testid, roles,
 * data-lexical-editor, data-view-name), never obfuscated class names, so redesigns degrade gracefully.
 */
export interface SiteAdapter {
  id: string;
  /** Hostnames this adapter serves (exact or a parent domain). */
  hosts: readonly string[];
  /** Matches every candidate editable element of the site. */
  composerSelector: string;
  /** Describes a matched element, or returns null when it is not a composer to check (e.g. a search box). */
  describe(element: HTMLElement): Composer | null;
}

export function hostMatches(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`));
}

/**
 * The nearest element matching `selector` that shares an ancestor with `from` within `maxDepth` levels —
 * how a composer finds its own submit button or the post it answers without a page-wide query.
 */
export function findNearby(from: Element, selector: string, maxDepth = 12): HTMLElement | null {
  let scope: Element | null = from.parentElement;
  for (let depth = 0; scope && depth < maxDepth; depth++, scope = scope.parentElement) {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

const MAX_REPLY_CONTEXT = 4000;
const MAX_NAME = 100;

/** A display name from an element's text: its first line, without the @handle that may follow it. */
export function displayName(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').trim();
  const name = text.split(/\n|\s@|\s·/)[0]?.trim();
  return name ? name.slice(0, MAX_NAME) : undefined;
}

/** Visible text of an element, trimmed and bounded (replyTo is only for classifying the situation). */
export function contextText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+\n/g, '\n').trim();
  return text ? text.slice(0, MAX_REPLY_CONTEXT) : undefined;
}
