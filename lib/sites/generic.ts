import { findNearby, type Composer, type SiteAdapter } from './adapter';

/**
 * Any other site the user or admin enables (Instagram, Threads, Bluesky, Mastodon, YouTube Studio, Google
 * Business Profile, Hootsuite, Sprout Social, Buffer): textareas and contenteditable boxes big enough to
 * write a post in. Honours the opt-outs sites set for writing tools, which the three target sites never get.
 */
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-phi-guard="off"]';

/**
 * The generic adapter for one host, named by it: each site is switched on, off and managed on its own
 * (`setSiteEnabled('bsky.app', …)`, an organisation's site lists), and its findings and audit entries say
 * where they came from.
 */
export function genericAdapterFor(hostname: string): SiteAdapter {
  return { ...genericAdapter, id: hostname, hosts: [hostname] };
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  hosts: [],
  composerSelector: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  describe(element): Composer | null {
    if (element.closest(OPT_OUT)) return null;
    if (element instanceof HTMLTextAreaElement && (element.readOnly || element.disabled)) return null;
    // Nested contenteditables belong to their outermost editable root.
    if (!(element instanceof HTMLTextAreaElement) && element.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) {
      return null;
    }
    return {
      element,
      editor: editorKindOf(element),
      surface: /repl|comment|answer/i.test(`${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('placeholder') ?? ''}`) ? 'reply' : 'post',
      replyTo: () => undefined,
      replyAuthor: () => undefined,
      submitButton: () => findNearby(element, 'button[type="submit"], [role="button"][aria-label*="post" i], button[aria-label*="reply" i]', 6),
      submitsOnEnter: false,
    };
  },
};

function editorKindOf(element: HTMLElement): Composer['editor'] {
  if (element instanceof HTMLTextAreaElement) return 'textarea';
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  if (element.hasAttribute('data-lexical-editor')) return 'lexical';
  if (element.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}
