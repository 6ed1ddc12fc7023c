import { contextText, displayName, findNearby, type Composer, type SiteAdapter } from './adapter';

// X (Twitter) runs Draft.js; mobile web uses a textarea. Selectors from sites.md ("X — Draft.js").
const REPLY_PATH = /^\/\w+\/status\/\d+\/?$/;

export const xAdapter: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  // Draft.js puts the testid on its contenteditable; the mobile layout's textarea carries it itself (older
  // builds wrapped the textarea in an element with it).
  composerSelector:
    '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"], [data-testid^="tweetTextarea"] textarea',
  describe(element): Composer | null {
    const modal = element.closest('#layers, [role="dialog"]');
    // In the modal, an article inside the dialog is the post being replied to or quoted.
    const modalArticle = modal?.querySelector('article[data-testid="tweet"]');
    const onStatusPage = REPLY_PATH.test(location.pathname);
    const isReply = modal ? Boolean(modalArticle && /replying to/i.test(modal.textContent ?? '')) : onStatusPage;
    const answered = () => modalArticle ?? document.querySelector('main article[data-testid="tweet"]');
    return {
      element,
      editor: element instanceof HTMLTextAreaElement ? 'textarea' : 'draft',
      surface: isReply ? 'reply' : 'post',
      replyTo() {
        if (!isReply) return undefined;
        const article = answered();
        return contextText(article?.querySelector('[data-testid="tweetText"]') ?? article);
      },
      replyAuthor() {
        // [data-testid="User-Name"] holds the display name, then the @handle.
        return isReply ? displayName(answered()?.querySelector('[data-testid="User-Name"]')) : undefined;
      },
      submitButton() {
        if (modal) return modal.querySelector<HTMLElement>('[data-testid="tweetButton"]');
        return findNearby(element, '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]');
      },
      submitsOnEnter: false,
    };
  },
};
