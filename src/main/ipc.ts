import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { callNames, IPC_EVENT_CHANNEL, ipcChannel } from '../shared/contract';
import type { Core } from './core';

/**
 * Binds every contract call to ipcMain.handle through one wrapper: the sender must be our own
 * window's top frame at our own URL, and the input is parsed by the call's schema (in dispatch).
 */
export function bindIpc(core: Core, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Relaydesk window' } };
      }
      return core.dispatch(name, input);
    });
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(ipcChannel(name));
  };
}

/** Forwards contract events to the window. */
export function forwardEvents(core: Core, contents: WebContents): () => void {
  return core.events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  });
}

/** True when the event comes from the top frame of `contents` showing one of our pages. */
export function senderIsOurTopFrame(
  event: IpcMainInvokeEvent,
  contents: () => WebContents | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  const ours = contents();
  if (!frame || !ours || event.sender !== ours) return false;
  if (frame !== ours.mainFrame) return false;
  return isAppUrl(frame.url);
}
