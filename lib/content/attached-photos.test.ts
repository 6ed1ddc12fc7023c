// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhotoMetadata } from '../media/read-photo-metadata';
import type { ComposerSession } from './composer-session';
import { composerNear, photoIdentifiers, photoStore, watchAttachedPhotos } from './attached-photos';

const send = vi.hoisted(() => vi.fn());
vi.mock('../messaging/send', () => ({ sendToBackground: send }));
// The reader is tested on real files beside it; here each made-up file's text says what it carries.
vi.mock('../media/read-photo-metadata', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../media/read-photo-metadata')>()),
  readPhotoMetadata: (bytes: ArrayBuffer): PhotoMetadata | null => {
    const text = new TextDecoder().decode(bytes);
    return {
      ...(text.includes('gps') ? { gps: { latitude: 42.3601, longitude: -71.0589 } } : {}),
      ...(text.includes('serial') ? { cameraSerial: 'SN-48213' } : {}),
    };
  },
}));

afterEach(() => {
  document.body.innerHTML = '';
  send.mockReset();
  photoStore.setState({ notices: {}, latestId: null, focusId: null });
});

function session(id: string, selector: string) {
  return { id, composer: { element: document.querySelector<HTMLElement>(selector)! } };
}

describe('composerNear', () => {
  it('finds the composer whose toolbar holds the file input, not a neighbouring one', () => {
    document.body.innerHTML = `
      <div class="post"><div id="a" contenteditable="true"></div>
        <div class="toolbar"><div><button>Photo</button><input id="a-file" type="file" accept="image/*"></div></div></div>
      <div class="post"><div id="b" contenteditable="true"></div>
        <div class="toolbar"><input id="b-file" type="file" accept="image/*"></div></div>`;
    const sessions = [session('a', '#a'), session('b', '#b')];
    expect(composerNear(document.getElementById('a-file'), sessions)?.id).toBe('a');
    expect(composerNear(document.getElementById('b-file'), sessions)?.id).toBe('b');
  });

  it('finds the composer a drop or paste lands in, from a node inside its editor', () => {
    document.body.innerHTML = `<div><div id="a" contenteditable="true"><p><span id="word">Hi</span></p></div></div>`;
    expect(composerNear(document.getElementById('word')!.firstChild, [session('a', '#a')])?.id).toBe('a');
  });

  it('finds none for an upload far from any composer, such as a profile picture', () => {
    document.body.innerHTML = `
      <main><div id="a" contenteditable="true"></div></main>
      <aside>${'<div>'.repeat(30)}<input id="avatar" type="file">${'</div>'.repeat(30)}</aside>`;
    expect(composerNear(document.getElementById('avatar'), [session('a', '#a')])).toBeUndefined();
    expect(composerNear(null, [session('a', '#a')])).toBeUndefined();
    document.body.innerHTML = `<main><div id="a" contenteditable="true"></div></main><input id="avatar" type="file">`;
    expect(composerNear(document.getElementById('avatar'), [session('a', '#a')])).toBeUndefined();
  });
});

describe('photoIdentifiers', () => {
  it('names the kinds of identifying metadata found, and always the consent reminder', () => {
    expect(photoIdentifiers(null)).toEqual(['consent']);
    expect(photoIdentifiers({ make: 'Camera Co', model: 'X1' })).toEqual(['consent']);
    expect(photoIdentifiers({ gps: { latitude: 1, longitude: 2 }, lensSerial: 'L-1', ownerName: 'Pat' })).toEqual([
      'location',
      'serial',
      'owner',
      'consent',
    ]);
  });
});

describe('watchAttachedPhotos', () => {
  it('records each attached photo once, by which identifiers its notice named and nothing from the file', async () => {
    send.mockResolvedValue({ ok: true, written: 1 });
    document.body.innerHTML = `<div><div id="a" contenteditable="true"></div><input id="a-file" type="file"></div>`;
    const element = document.getElementById('a')!;
    const session = { id: 'a', composer: { element, surface: 'post', submitButton: () => null } } as unknown as ComposerSession;
    const controller = new AbortController();
    watchAttachedPhotos('localhost', new Map([['a', session]]), controller.signal);

    const input = document.getElementById('a-file') as HTMLInputElement;
    const files = [new File(['gps serial'], 'ward-7-bed-3.jpg', { type: 'image/jpeg' }), new File(['plain'], 'IMG_0042.jpg', { type: 'image/jpeg' })];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(photoStore.getState().notices.a).toMatchObject({ location: true, serial: true, owner: false });
    expect(send.mock.calls.map(([m]) => m)).toEqual([
      { type: 'photoWarned', identifiers: ['location', 'serial', 'consent'], site: 'localhost', surface: 'post' },
      { type: 'photoWarned', identifiers: ['consent'], site: 'localhost', surface: 'post' },
    ]);

    // The same files again (a site copying a drop into its input) and re-rendered notices record nothing more.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    photoStore.setState({ latestId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(send).toHaveBeenCalledTimes(2);
    const sent = JSON.stringify(send.mock.calls);
    for (const secret of ['ward-7', 'IMG_0042', 'SN-48213', '42.36', '71.05']) expect(sent).not.toContain(secret);
    controller.abort();
  });
});
