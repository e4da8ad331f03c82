import { randomBytes } from 'node:crypto';

/**
 * Who owns a job in the shared database: this process's pid plus a per-process token, so a new
 * process that happens to get a dead one's pid is still told apart from it.
 */
export function newOwnerId(): string {
  return `${process.pid}:${randomBytes(6).toString('hex')}`;
}

/** Whether the process that wrote `owner` is still running (so its jobs are not ours to take). */
export function ownerAlive(owner: string | null, self: string): boolean {
  if (!owner) return false;
  if (owner === self) return true;
  const pid = Number(owner.split(':')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false; // our pid, other token: an earlier process with our pid
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
