import { useEffect } from 'react';
import { isDesktop } from '../../api';
import { areas } from './areas';
import { useNavStore } from './nav-store';

const mac = navigator.platform.toLowerCase().includes('mac');

/**
 * How areas are switched by keyboard. The desktop app uses Ctrl/Cmd+1..6; in browser mode those
 * are the browser's own tab keys (the page never sees them), so Alt+1..6 (⌥ on a Mac) there.
 */
export type AreaShortcutMode = 'desktop' | 'browser';

export const areaShortcutMode: AreaShortcutMode = isDesktop ? 'desktop' : 'browser';

/** The prefix shown before the digit in hints ("Ctrl+", "⌘", "Alt+", "⌥"). */
export function areaShortcutPrefix(mode: AreaShortcutMode = areaShortcutMode): string {
  if (mode === 'desktop') return mac ? '⌘' : 'Ctrl+';
  return mac ? '⌥' : 'Alt+';
}

/** The area index (0-based) a key press asks for, or null. */
export function areaIndexOf(event: KeyboardEvent, mode: AreaShortcutMode): number | null {
  if (event.shiftKey) return null;
  // AltGr (Ctrl+Alt on Windows) types characters such as { and [ on many layouts: never a shortcut.
  if (event.getModifierState('AltGraph')) return null;
  const wanted = mode === 'desktop' ? (event.ctrlKey || event.metaKey) && !event.altKey : event.altKey && !event.ctrlKey && !event.metaKey;
  if (!wanted) return null;
  // By physical key: Option+1 on a Mac produces "¡", not "1".
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  if (digit === undefined) return null;
  const index = Number(digit) - 1;
  return index < areas.length ? index : null;
}

export function useAreaShortcuts(): void {
  const go = useNavStore((s) => s.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const index = areaIndexOf(event, areaShortcutMode);
      if (index === null) return;
      event.preventDefault();
      go(areas[index]!.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
