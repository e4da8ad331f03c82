import { api } from '../../api';
import { onReconnect } from '../shell/connection-store';
import { useRecipientsStore } from './recipients-store';
import { useRequestsStore } from './requests-store';
import { applyProgress, useSendsStore } from './sends-store';

// History follows the core live: a request's state change, a send by another process (the CLI),
// a receipt or reply (which moves a recipient's delivery state), and a socket that came back
// after a drop (its pushes were lost) all reload what is shown. Reloads are coalesced: a bulk
// send changes hundreds of requests and receives thousands of receipts a minute.

let timer: ReturnType<typeof setTimeout> | undefined;
let expandedToo = false;

function reloadSoon(options: { expanded: boolean; delayMs: number }): void {
  expandedToo ||= options.expanded;
  if (timer) return;
  timer = setTimeout(() => {
    timer = undefined;
    const expanded = expandedToo;
    expandedToo = false;
    const sends = useSendsStore.getState();
    if (!sends.loaded || !sends.onScreen) return;
    void sends.load();
    if (!expanded || !sends.expandedJobId) return;
    void useRecipientsStore.getState().reload();
    void useRequestsStore.getState().reload();
    void useRequestsStore.getState().refreshDetail();
  }, options.delayMs);
}

api.on('outbound:updated', (update) => reloadSoon({ expanded: update.jobId === useSendsStore.getState().expandedJobId, delayMs: 300 }));
api.on('outbound:changed', () => reloadSoon({ expanded: true, delayMs: 300 }));
api.on('inbound:received', () => reloadSoon({ expanded: true, delayMs: 1000 }));
onReconnect(() => {
  reloadSoon({ expanded: true, delayMs: 0 });
  void useSendsStore.getState().loadJobs();
});
api.on('outbound:progress', applyProgress);
