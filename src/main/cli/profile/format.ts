import type { Profile } from '../../../shared/profiles/profile';
import { SANDBOX_REGION } from '../../../shared/profiles/regions';

function secretsText(profile: Profile): string {
  if (profile.builtIn) return 'built in';
  const kinds = profile.authMode === 'both' ? (['key', 'jwt'] as const) : [profile.authMode];
  return kinds
    .map((kind) => {
      const status = profile.secrets[kind];
      const state = status.fromEnvironment ? 'from env' : status.setAt ? `set ${status.setAt.slice(0, 10)}` : 'MISSING';
      return `${kind}: ${state}`;
    })
    .join(', ');
}

/** The `profile list` table: never a secret, only whether each one is set. */
export function formatProfileTable(profiles: Profile[]): string {
  const rows = profiles.map((p) => [
    (p.isDefault ? '* ' : '  ') + p.name,
    p.region === SANDBOX_REGION ? 'local sandbox' : (p.baseUrl ?? '').replace(/^https?:\/\//, ''),
    p.serviceId,
    p.authMode,
    String(p.tps),
    secretsText(p),
  ]);
  const header = ['  NAME', 'HOST', 'SERVICE ID', 'AUTH', 'TPS', 'SECRETS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line), '', '* = default profile'].join('\n');
}
