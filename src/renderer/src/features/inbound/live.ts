import { onReconnect } from '../shell/connection-store';
import { useNavStore } from '../shell/nav-store';
import { onPollState, onReceived, onRejected } from './feed-api';
import { usePollStore } from './poll-store';
import { useConversationStore } from './conversation-store';
import { useFeedStore } from './feed-store';
import { useRejectedStore } from './rejected-store';
import type { InboundEventRow } from '../../../../shared/inbound/event';

// Subscribed once for the whole app (imported by App.tsx), so the feed fills and the Inbound
// badge counts while another area is open.

/** Pushes are gathered for this long and applied in one state change, so a burst stays smooth. */
const FLUSH_MS = 60;

let queue: InboundEventRow[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let unread = 0;

function viewing(): boolean {
  return useNavStore.getState().area === 'inbound' && document.visibilityState === 'visible';
}

function flush(): void {
  timer = null;
  const batch = queue;
  queue = [];
  useFeedStore.getState().receive(batch);
  useConversationStore.getState().receive(batch);
  if (!viewing()) {
    unread += batch.length;
    useNavStore.getState().setBadge('inbound', unread);
  }
}

function clearUnread(): void {
  if (unread === 0) return;
  unread = 0;
  useNavStore.getState().setBadge('inbound', 0);
}

onReceived((events) => {
  queue.push(...events);
  timer ??= setTimeout(flush, FLUSH_MS);
});

onRejected((rejected) => useRejectedStore.getState().receive(rejected));
onPollState((sources) => usePollStore.getState().replaceAll(sources));
onReconnect(() => {
  void useFeedStore.getState().reload();
  void useRejectedStore.getState().load();
  void usePollStore.getState().load();
});

useNavStore.subscribe((state) => {
  if (state.area === 'inbound') clearUnread();
});
document.addEventListener('visibilitychange', () => {
  if (viewing()) clearUnread();
});

/** Unread events for the badge (tests and the page read it). */
export function unreadCount(): number {
  return unread;
}
