import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** A URL path decoded, or null when its percent-encoding is broken (`/%ZZ`). */
export function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

/** Reads a file of the built renderer; unknown paths get index.html (the app routes itself). */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const decoded = decodePath(urlPath);
  if (decoded === null) return undefined;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const candidate = join(root, relative);
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const file = (await isFile(candidate)) ? candidate : join(root, 'index.html');
  if (!(await isFile(file))) return undefined;
  return {
    body: await readFile(file),
    contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
