/** The console's areas, in navigation order; Ctrl/Cmd+1..6 (Alt+1..6 in browser mode) jumps to them. */
export const areas = [
  { id: 'compose', label: 'Compose', icon: '✎' },
  { id: 'templates', label: 'Templates', icon: '▤' },
  { id: 'rcs', label: 'RCS Designer', icon: '▦' },
  { id: 'inbound', label: 'Inbound', icon: '⇣' },
  { id: 'history', label: 'History', icon: '↺' },
  { id: 'settings', label: 'Settings', icon: '⚙' },
] as const;

export type AreaId = (typeof areas)[number]['id'];

export function isAreaId(value: string): value is AreaId {
  return areas.some((area) => area.id === value);
}
