import { contextText, displayName, findNearby, type Composer, type SiteAdapter } from './adapter';

// LinkedIn: Quill for posts (and the old comment box), TipTap/ProseMirror for the new comment box, a
// contenteditable for messaging (sites.md, "LinkedIn").
export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  composerSelector: [
    'div.ql-editor[contenteditable="true"]',
    '[data-view-name="comment-box"] [contenteditable="true"]',
    'div.ProseMirror[contenteditable="true"]',
    '.msg-form__contenteditable[contenteditable="true"]',
    '[role="textbox"][aria-label^="Text editor for creating"]',
  ].join(', '),
  describe(element): Composer | null {
    const isMessage = element.matches('.msg-form__contenteditable');
    const commentBox = element.closest('[data-view-name="comment-box"], .comments-comment-box, .comments-comment-box__form');
    const surface = isMessage ? 'message' : commentBox ? 'comment' : 'post';
    const editor = element.classList.contains('ql-editor')
      ? 'quill'
      : element.classList.contains('ProseMirror')
        ? 'prosemirror'
        : 'contenteditable';
    return {
      element,
      editor,
      surface,
      replyTo() {
        if (surface !== 'comment') return undefined;
        const update = element.closest('[data-view-name="feed-full-update"], .feed-shared-update-v2, article');
        const commentary = update?.querySelector('[data-view-name="feed-commentary"], .update-components-text');
        return contextText(commentary ?? update);
      },
      replyAuthor() {
        if (surface !== 'comment') return undefined;
        const update = element.closest('[data-view-name="feed-full-update"], .feed-shared-update-v2, article');
        return displayName(
          update?.querySelector('.update-components-actor__title, .update-components-actor__name, .update-components-actor strong'),
        );
      },
      submitButton() {
        if (surface === 'message') return findNearby(element, '.msg-form__send-button, .msg-form button[type="submit"]');
        if (surface === 'comment') {
          return findNearby(element, '[data-view-name="feed-comment-button"], .comments-comment-box__submit-button');
        }
        return element.closest('[role="dialog"]')?.querySelector<HTMLElement>('.share-actions__primary-action') ?? null;
      },
      // Messaging sends on Enter by default ("Press Enter to Send").
      submitsOnEnter: isMessage,
    };
  },
};
