import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, IPC_EVENT_CHANNEL, ipcChannel, type Bridge, type Reply } from '../shared/contract';

// Exactly the contract, by name: no ipcRenderer, no Node, no generic invoke.
const { bridge, emit } = buildBridge((name, input) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<Reply<unknown>>);
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => emit(name, payload));

contextBridge.exposeInMainWorld('relaydesk', bridge satisfies Bridge);
