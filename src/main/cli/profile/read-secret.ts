import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Reads secrets from standard input, one per line: never from argv, where they would land in
 * shell history and `ps`. On a terminal it prompts without echoing what is typed.
 */
export async function readSecretLines(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream, prompts: string[]): Promise<string[]> {
  const tty = (stdin as NodeJS.ReadStream).isTTY === true;
  if (!tty) {
    let text = '';
    for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .slice(0, prompts.length);
  }
  const answers: string[] = [];
  for (const prompt of prompts) {
    stderr.write(prompt);
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: stdin, output: muted, terminal: true });
    const line = await new Promise<string>((resolve) => rl.once('line', resolve));
    rl.close();
    stderr.write('\n');
    if (line.trim() !== '') answers.push(line.trim());
  }
  return answers;
}
