// Paths on the command line -> article files, found lazily and in a stable order. Folders are
// walked depth-first with each folder's entries sorted, which yields files in exactly the order
// a sort of their full paths would, so documents can be written as soon as they are done.
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './decode.js';

export interface InputFile {
  /** The path as the user will see it: as given, or joined under the folder given. */
  path: string;
}

export interface InputProblem {
  path: string;
  reason: string;
}

export interface ResolvedInputs {
  files: InputFile[];
  problems: InputProblem[];
}

export type WalkItem = { file: InputFile } | { problem: InputProblem };

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What a path is when it is neither a folder nor a regular file, for the error line. */
function specialKind(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Pipes, sockets and devices are refused without being opened: opening a FIFO that nobody
 * writes to never returns. Standard input is read with "-".
 */
export const notRegular = (kind: string) => `not a regular file (${kind}); to read a stream, pipe it to standard input and name it -`;

export interface WalkOptions {
  /** File extensions (lower case, with the dot) read inside folders. */
  exts: string[];
  /** Told how many matching files each folder listing adds, for a progress estimate. */
  onListed?: (files: number) => void;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Walks one folder recursively; hidden entries and files without a wanted extension are skipped quietly. */
async function* walk(dir: string, opts: WalkOptions, seen: Set<string>): AsyncGenerator<WalkItem> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    yield { problem: { path: dir, reason: reasonOf(e) } };
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or the same folder reached twice
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { problem: { path: dir, reason: reasonOf(e) } };
    return;
  }
  const wanted = (name: string) => opts.exts.some((x) => name.toLowerCase().endsWith(x));
  const items: { key: string; full: string; dir: boolean; special?: boolean }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        // A dangling link to an article is worth a word; one to anything else is not.
        if (wanted(entry.name)) yield { problem: { path: full, reason: reasonOf(e) } };
        continue;
      }
    }
    // A folder sorts as "name/", so this folder-by-folder order equals a sort of full paths.
    if (isDir) items.push({ key: `${entry.name}/`, full, dir: true });
    else if (isFile && wanted(entry.name)) items.push({ key: entry.name, full, dir: false });
    else if (!isFile && wanted(entry.name)) items.push({ key: entry.name, full, dir: false, special: true });
  }
  items.sort((x, y) => compare(x.key, y.key));
  opts.onListed?.(items.reduce((n, i) => n + (i.dir ? 0 : 1), 0));
  for (const item of items) {
    if (item.dir) yield* walk(item.full, opts, seen);
    else if (item.special) yield { problem: { path: item.full, reason: notRegular(specialKind(await fs.stat(item.full).catch(() => fs.lstat(item.full)))) } };
    else yield { file: { path: item.full } };
  }
}

/**
 * Expands files and folders into article files, lazily: a folder is listed when the walk
 * reaches it. Inside a folder files come sorted by path; command-line paths keep their order
 * and "-" (stdin) stays where the user put it.
 */
export async function* walkInputs(paths: string[], opts: WalkOptions): AsyncGenerator<WalkItem> {
  for (const p of paths) {
    if (p === '-') {
      opts.onListed?.(1);
      yield { file: { path: '-' } };
      continue;
    }
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      yield { problem: { path: p, reason: reasonOf(e) } };
      continue;
    }
    if (st.isDirectory()) {
      // A folder with nothing to read says so: an empty run is a mistake more often than not.
      let found = 0;
      for await (const item of walk(p, opts, new Set())) {
        if ('file' in item) found++;
        yield item;
      }
      if (!found) yield { problem: { path: p, reason: `no ${opts.exts.join(', ')} files (see --ext)` } };
    } else if (!st.isFile()) {
      yield { problem: { path: p, reason: notRegular(specialKind(st)) } };
    } else {
      opts.onListed?.(1);
      yield { file: { path: p } };
    }
  }
}

/** All inputs at once (for `check`, which works on a small folder). */
export async function resolveInputs(paths: string[], exts: string[]): Promise<ResolvedInputs> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for await (const item of walkInputs(paths, { exts })) {
    if ('file' in item) files.push(item.file);
    else problems.push(item.problem);
  }
  return { files, problems };
}

export const MB = 1_000_000;

/** "20.0 MB", "512 KB", "900 bytes": sizes in error messages. */
export function formatSize(bytes: number, exact = false): string {
  if (bytes >= MB) return exact && bytes % MB === 0 ? `${bytes / MB} MB` : `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1000) return exact && bytes % 1000 === 0 ? `${bytes / 1000} KB` : `${(bytes / 1000).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function tooBig(size: number, maxBytes: number): InputError {
  return new InputError(`file is ${formatSize(size)}, over --max-bytes ${formatSize(maxBytes, true)}`);
}

/** Reads stdin, refusing (but still draining) more than maxBytes. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  if (size > maxBytes) throw tooBig(size, maxBytes);
  return Buffer.concat(chunks);
}

/** The bytes of one input; files over maxBytes are refused before they are read. */
export async function readInput(file: InputFile, maxBytes = Infinity): Promise<Uint8Array> {
  if (file.path === '-') return readStdin(maxBytes);
  // Looked at before opening: a FIFO would block the open itself.
  const before = await fs.stat(file.path);
  if (!before.isFile() && !before.isDirectory()) throw new InputError(notRegular(specialKind(before)));
  const handle = await fs.open(file.path, 'r');
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw new InputError(notRegular(specialKind(st)));
    if (st.size > maxBytes) throw tooBig(st.size, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) throw tooBig(bytes.length, maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}
