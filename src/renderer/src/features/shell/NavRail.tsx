import { areaShortcutPrefix } from './area-shortcuts';
import { areas } from './areas';
import { useNavStore } from './nav-store';

const modifier = areaShortcutPrefix();

export function NavRail() {
  const { area: current, badges, go } = useNavStore();
  return (
    <nav className="nav-rail" aria-label="Areas">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">R</span>
        <span className="brand-name">Relaydesk</span>
      </div>
      <ul>
        {areas.map((area, index) => {
          const badge = badges[area.id] ?? 0;
          return (
            <li key={area.id}>
              <button
                type="button"
                className={area.id === current ? 'nav-item active' : 'nav-item'}
                aria-current={area.id === current ? 'page' : undefined}
                title={`${area.label} (${modifier}${index + 1})`}
                aria-keyshortcuts={`${modifier.replace('⌘', 'Meta+').replace('⌥', 'Alt+')}${index + 1}`}
                onClick={() => go(area.id)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {area.icon}
                </span>
                <span className="nav-label">{area.label}</span>
                {badge > 0 && (
                  <span className="badge" aria-label={`${badge} unread`}>
                    {badge > 999 ? '999+' : badge}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
