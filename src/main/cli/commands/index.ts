import type { Command } from '../command';
import { inboundCommand } from './inbound';
import { listenCommand } from './listen';
import { previewCommand } from './preview';
import { profileCommand } from './profile';
import { rejectedCommand } from './rejected';
import { sandboxCommand } from './sandbox';
import { sendCommand } from './send';
import { serveCommand } from './serve';

/** Every CLI command, in the order `relaydesk --help` lists them. */
export const commands: readonly Command[] = [
  serveCommand,
  sendCommand,
  previewCommand,
  profileCommand,
  listenCommand,
  inboundCommand,
  rejectedCommand,
  sandboxCommand,
];
