import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';

/**
 * The rendered width of a box, kept up to date with a ResizeObserver, so an SVG chart can lay itself out in real
 * pixels. Starts at `initial`: the server renders at that width, before anything is measured.
 */
export function useBoxWidth(initial: number): [MutableRef<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}
