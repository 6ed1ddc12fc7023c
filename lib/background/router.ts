import { browser, type Browser } from 'wxt/browser';
import {
  describeIssues,
  requestSchema,
  type BackgroundRequest,
  type BackgroundResponse,
  type ErrorResponse,
} from '../messaging/protocol';
import { dismissInDraft, recordAuditEvent, recordPhotoWarning } from './audit-service';
import { checkDraft } from './check-service';
import type { BackgroundContext } from './context';
import { readManagedPolicy, siteSwitchRefusal, withManagedGuard } from './managed-policy';
import { withOrganisationControl } from './organisation-control';
import { readSettings, readStatus, readTemplates, switchSite } from './status-service';

export type MessageSender = Browser.runtime.MessageSender;
/** Answers a message, or returns undefined for a sender it ignores. */
export type Router = (message: unknown, sender: MessageSender) => Promise<BackgroundResponse> | undefined;

export interface Identity {
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

/**
 * Only this extension's own pages and content scripts may talk to the background. Web pages cannot reach
 * `runtime.onMessage` without `externally_connectable`, but checking costs nothing and keeps it that way if
 * the manifest ever changes: the id must be ours, and the sender must be one of our pages or a content script
 * running in a tab.
 */
export function isTrustedSender(sender: MessageSender, identity: Identity): boolean {
  if (sender.id !== identity.extensionId) return false;
  if (sender.url?.startsWith(identity.extensionOrigin)) return true;
  return sender.tab !== undefined;
}

export function createRouter(ctx: BackgroundContext, identity: Identity): Router {
  return (message, sender) => {
    if (!isTrustedSender(sender, identity)) return undefined;
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve(failure('invalid-message', `invalid message: ${describeIssues(parsed.error)}`));
    }
    return dispatch(ctx, parsed.data, sender).catch((error: unknown) => {
      // Name only: a message from deep inside could quote what it was working on.
      console.warn('PHI Guard: handling a message failed', parsed.data.type, error instanceof Error ? error.name : '');
      return failure('internal', `${parsed.data.type} failed`);
    });
  };
}

async function dispatch(ctx: BackgroundContext, request: BackgroundRequest, sender: MessageSender): Promise<BackgroundResponse> {
  switch (request.type) {
    case 'check': {
      const response = await checkDraft(ctx, request);
      // The popup shows what the tab's latest check found; a page of ours has no tab and nothing to show.
      const tabId = sender.tab?.id;
      if (response.ok && tabId !== undefined) ctx.tabFindings.record(tabId, request.context.site, response.findings, ctx.now());
      return response;
    }
    case 'audit':
      return { ok: true, written: await recordAuditEvent(ctx, request) };
    case 'photoWarned':
      return { ok: true, written: await recordPhotoWarning(ctx, request) };
    case 'dismiss':
      await dismissInDraft(ctx, request);
      return { ok: true };
    case 'getSettings':
      return readSettings(ctx);
    case 'setSiteEnabled': {
      // The enterprise policy's lock and site lists win over the user's switches.
      const refusal = siteSwitchRefusal((await readManagedPolicy()).policy, request.site, request.enabled);
      return refusal ? failure('managed', refusal) : switchSite(ctx, request);
    }
    case 'getStatus': {
      const { policy } = await readManagedPolicy();
      return withOrganisationControl(withManagedGuard(await readStatus(ctx, request), policy), policy, request.site);
    }
    case 'getTemplates':
      return readTemplates(ctx, request);
    case 'getTabFindings':
      return { ok: true, summary: ctx.tabFindings.get(request.tabId) ?? null };
  }
}

function failure(code: ErrorResponse['error']['code'], message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}

/**
 * Registers the router on `runtime.onMessage`. Call synchronously at the top of the background's main, so a
 * message that wakes the worker finds the listener. Answers through `sendResponse` (returning true keeps the
 * channel open), which every supported browser honours.
 */
export function registerRouter(router: Router): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
    const answer = router(message, sender);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  });
}

/** This extension's identity, for `createRouter`. */
export function extensionIdentity(): Identity {
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
}
