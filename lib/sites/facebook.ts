import { contextText, displayName, findNearby, type Composer, type SiteAdapter } from './adapter';

// Facebook's post composer and comment boxes are Lexical editors (sites.md, "Facebook — Lexical"). The same
// selector matches Messenger chat boxes, told apart by their surroundings.
const COMMENT_LABEL = /comment|reply|answer|kommentar|comentario|commentaire/i;

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  hosts: ['facebook.com'],
  composerSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  describe(element): Composer | null {
    const label = element.getAttribute('aria-label') ?? '';
    const dialog = element.closest('[role="dialog"]');
    const chat = element.closest('[aria-label*="Messenger" i], [data-pagelet*="chat" i], [role="complementary"]');
    // A comment box is labelled as one or lives inside the article it answers; a post composer does neither.
    const isComment = COMMENT_LABEL.test(label) || Boolean(element.closest('[role="article"]'));
    const surface = chat ? 'message' : isComment ? 'comment' : 'post';
    return {
      element,
      editor: 'lexical',
      surface,
      replyTo() {
        if (surface !== 'comment') return undefined;
        // The comment box sits inside the article (post or comment) it answers.
        const article = element.closest('[role="article"]');
        const message = article?.querySelector('[data-ad-preview="message"], [data-testid="post-message"], div[dir="auto"]');
        return contextText(message ?? article);
      },
      replyAuthor() {
        if (surface !== 'comment') return undefined;
        const article = element.closest('[role="article"]');
        // Comments are labelled "Comment by <name>" (followed by the time on the live site).
        const labelled = /^(?:comment|reply|post) by (.+?)(?:\s+(?:\d+|an?)\s+\w+\s+ago)?$/i.exec(article?.getAttribute('aria-label') ?? '');
        return labelled?.[1]?.trim() || displayName(article?.querySelector('h2, h3, strong, a[role="link"]'));
      },
      submitButton() {
        if (surface !== 'post' || !dialog) return null;
        // Match by place in the dialog first (the label is locale dependent), then by the English label.
        return (
          dialog.querySelector<HTMLElement>('div[role="button"][aria-label="Post"]') ??
          findNearby(element, 'form [type="submit"], [role="button"][aria-label="Post"]')
        );
      },
      submitsOnEnter: surface !== 'post',
    };
  },
};
