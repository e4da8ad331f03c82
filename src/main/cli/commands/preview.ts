import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { buildPreviewReport, formatPreviewReport } from '../../../shared/compose/preview-report';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag } from '../flags';

const FileFlag = z.string().min(1, 'give the path of a request JSON file');

export const previewCommand: Command = {
  name: 'preview',
  summary: 'Show what each recipient of a request gets: final text, encoding, segments, unresolved variables',
  usage: 'relaydesk preview --file request.json [--json]',
  options: {
    file: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, io }) {
    const file = parseFlag('file', FileFlag, values.file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliError(`--file: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const report = buildPreviewReport(body);
    writeLine(io.stdout, values.json === true ? JSON.stringify(report, null, 2) : formatPreviewReport(report));
    return report.ok ? 0 : 1;
  },
};
