import { useEffect, useState } from 'react';

/**
 * The viewport rectangle of an element, kept current through scrolling, resizing and layout changes. Reads
 * layout at most once per animation frame.
 */
export function useAnchorRect(element: HTMLElement): DOMRect {
  const [rect, setRect] = useState(() => element.getBoundingClientRect());
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setRect(element.getBoundingClientRect());
      });
    };
    const controller = new AbortController();
    window.addEventListener('scroll', update, { capture: true, passive: true, signal: controller.signal });
    window.addEventListener('resize', update, { passive: true, signal: controller.signal });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      controller.abort();
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [element]);
  return rect;
}
