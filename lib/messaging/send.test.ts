import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../background/router';
import { installedContext } from '../background/test-setup';
import { BackgroundError, sendToBackground } from './send';

afterEach(() => fakeBrowser.reset());

/** Stands in for the background: answers every message with `answer`. */
function backgroundAnswering(answer: unknown) {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(answer);
    return true;
  });
}

describe('sendToBackground', () => {
  it('returns the validated response of the real background', async () => {
    const ctx = await installedContext();
    const route = createRouter(ctx, { extensionId: fakeBrowser.runtime.id, extensionOrigin: fakeBrowser.runtime.getURL('/') });
    // The fake browser sends no sender details; a content script in a tab is what the background would see.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      void route(message, { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 1 } as never })!.then(sendResponse);
      return true;
    });
    const text = 'Maria Alvarez is in bed 3.';
    const response = await sendToBackground({ type: 'check', text, context: { site: 'x', surface: 'post' }, draftKey: 'x:post:9' });
    expect(response.findings.map((f) => text.slice(f.start, f.end))).toEqual(expect.arrayContaining(['Maria Alvarez', 'bed 3']));
    const status = await sendToBackground({ type: 'getStatus', site: 'x' });
    expect(status.packs.map((p) => p.id)).toEqual(['phi-guard.baseline', 'org.example.social']);
    ctx.state.dispose();
    ctx.db.close();
  });

  it('refuses to send an invalid request', async () => {
    backgroundAnswering({ ok: true });
    const bad = { type: 'setSiteEnabled', site: '', enabled: true } as const;
    await expect(sendToBackground(bad)).rejects.toMatchObject({ code: 'invalid-message' });
  });

  it('throws the error the background answered with', async () => {
    backgroundAnswering({ ok: false, error: { code: 'check-failed', message: 'The check failed.' } });
    const sent = sendToBackground({ type: 'getSettings' });
    await expect(sent).rejects.toBeInstanceOf(BackgroundError);
    await expect(sent).rejects.toMatchObject({ code: 'check-failed' });
  });

  it('rejects a response that does not match the protocol', async () => {
    backgroundAnswering({ ok: true, findings: 'none' });
    await expect(
      sendToBackground({ type: 'check', text: 'hello', context: {}, draftKey: 'k' }),
    ).rejects.toMatchObject({ code: 'invalid-response' });
  });
});
