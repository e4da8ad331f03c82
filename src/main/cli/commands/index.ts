import type { Command } from '../command';
import { previewCommand } from './preview';
import { profileCommand } from './profile';
import { serveCommand } from './serve';

/** Every CLI command, in the order `relaydesk --help` lists them. */
export const commands: readonly Command[] = [serveCommand, previewCommand, profileCommand];
