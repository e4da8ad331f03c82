import { useEffect } from 'react';
import { useFeedStore } from './feed-store';
import { SEARCH_INPUT_ID } from './FeedToolbar';

const typingTargets = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'VIDEO', 'AUDIO']);

/**
 * j/k or arrows (PageUp/Down, Home/End) move, Enter opens, x marks for export, / searches, Esc closes
 * the detail (then clears marks), Space pauses: while the feed is shown.
 */
export function useFeedKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      const typing = !!target && (typingTargets.has(target.tagName) || target.isContentEditable);
      const store = useFeedStore.getState();
      if (event.key === 'Escape') {
        if (!store.detailOpen && store.marked.length > 0 && !typing) {
          event.preventDefault();
          store.clearMarks();
          return;
        }
        if (store.detailOpen && !(typing && target?.tagName === 'INPUT')) {
          event.preventDefault();
          store.closeDetail();
        }
        return;
      }
      if (typing) return;
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          store.move(1);
          break;
        case 'k':
        case 'ArrowUp':
          store.move(-1);
          break;
        case 'PageDown':
          store.move(10);
          break;
        case 'PageUp':
          store.move(-10);
          break;
        case 'Home':
          store.move(-Number.MAX_SAFE_INTEGER);
          break;
        case 'End':
          store.move(Number.MAX_SAFE_INTEGER);
          break;
        case 'x':
          if (store.selectedId) store.toggleMark(store.selectedId);
          break;
        case 'Enter':
          store.openDetail();
          break;
        case '/':
          document.getElementById(SEARCH_INPUT_ID)?.focus();
          break;
        case ' ':
          store.setPaused(!store.paused);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
