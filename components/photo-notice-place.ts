/** A viewport rectangle (DOMRect's fields the placement reads). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
}

export interface NoticePlace {
  left: number;
  width: number;
  /** Distance from the viewport's top (opening downwards) or its bottom (opening upwards); one is set. */
  top?: number;
  bottom?: number;
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;
/** Above the composer when at least this much room is there, or more room than below. */
const ROOM_ABOVE = 220;
/**
 * Narrower than the composer by the room a Post button takes at its right (X, Facebook and LinkedIn all put it
 * there), within a readable minimum and maximum.
 */
const POST_BUTTON_ROOM = 120;
const MIN_WIDTH = 280;
const MAX_WIDTH = 440;

/**
 * Where a composer's photo notice goes: at the composer's left edge, above it when there is room, otherwise
 * below it — and then below the composer's submit button too when that button lies under the notice, so the
 * notice never covers it.
 */
export function placeNotice(composer: Box, submit: Box | null, viewport: { width: number; height: number }): NoticePlace {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, composer.width - POST_BUTTON_ROOM), viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(composer.left, viewport.width - width - MARGIN));
  let below = composer.bottom + GAP;
  if (submit && submit.top >= composer.top && submit.left < left + width && left < submit.right) {
    below = Math.max(below, submit.bottom + GAP);
  }
  const roomAbove = composer.top - GAP - MARGIN;
  const roomBelow = viewport.height - below - MARGIN;
  if (roomAbove >= ROOM_ABOVE || roomAbove >= roomBelow) {
    return { left, width, bottom: viewport.height - composer.top + GAP, maxHeight: Math.max(0, roomAbove) };
  }
  return { left, width, top: below, maxHeight: roomBelow };
}
