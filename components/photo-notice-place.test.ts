import { describe, expect, it } from 'vitest';
import { placeNotice, type Box } from './photo-notice-place';

const VIEWPORT = { width: 1280, height: 800 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  right: left + width,
  bottom: top + height,
});

describe('placeNotice', () => {
  it('opens above a composer low on the page, at its left edge, leaving room for Post at its right', () => {
    const place = placeNotice(box(500, 500, 520, 60), box(930, 570, 70, 36), VIEWPORT);
    expect(place).toMatchObject({ left: 500, width: 400, bottom: 800 - 500 + 6 });
    expect(place.top).toBeUndefined();
  });

  it('opens below a composer near the top, next to a Post button at its right', () => {
    const place = placeNotice(box(530, 70, 515, 40), box(960, 215, 70, 36), VIEWPORT);
    expect(place).toMatchObject({ left: 530, width: 395, top: 116 });
    expect(place.left + place.width).toBeLessThan(960);
  });

  it('opens below a full-width Post button rather than over it', () => {
    const place = placeNotice(box(400, 150, 468, 100), box(400, 270, 468, 36), VIEWPORT);
    expect(place.top).toBe(312);
    expect(place.maxHeight).toBe(800 - 312 - 8);
  });

  it('stays inside a narrow viewport', () => {
    const place = placeNotice(box(100, 40, 200, 40), null, { width: 320, height: 640 });
    expect(place).toMatchObject({ left: 32, width: 280 });
    expect(placeNotice(box(0, 40, 300, 40), null, { width: 260, height: 640 })).toMatchObject({ left: 8, width: 244 });
  });
});
