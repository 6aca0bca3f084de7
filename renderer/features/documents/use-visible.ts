import { type RefCallback, useCallback, useEffect, useState } from 'react';

/**
 * True once the element has come near the viewport, and stays true: thumbnails and page
 * summaries are fetched only for rows someone can see, and never thrown away again.
 */
const observable = typeof IntersectionObserver !== 'undefined';

export function useVisible<T extends Element>(margin = '200px'): [RefCallback<T>, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [visible, setVisible] = useState(false);
  const ref = useCallback((el: T | null) => setNode(el), []);

  useEffect(() => {
    if (!node || visible || !observable) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, visible, margin]);

  // Without an observer (an old engine), load eagerly rather than never.
  return [ref, visible || !observable];
}
