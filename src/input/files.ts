// Paths on the command line -> the list of article files, in a stable order.
import fs from 'node:fs/promises';
import path from 'node:path';

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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Walks folders recursively for files ending in one of `exts`; hidden entries are skipped. */
async function walk(dir: string, exts: string[], out: InputFile[], problems: InputProblem[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    problems.push({ path: dir, reason: reasonOf(e) });
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or the same folder twice
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, reason: reasonOf(e) });
    return;
  }
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
        problems.push({ path: full, reason: reasonOf(e) });
        continue;
      }
    }
    if (isDir) await walk(full, exts, out, problems, seen);
    else if (isFile && exts.some((x) => entry.name.toLowerCase().endsWith(x))) out.push({ path: full });
  }
}

/**
 * Expands files and folders into article files sorted by path, so output order never depends
 * on the order the file system lists entries. "-" (stdin) stays where the user put it.
 */
export async function resolveInputs(paths: string[], exts: string[]): Promise<ResolvedInputs> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-' });
      continue;
    }
    try {
      const st = await fs.stat(p);
      if (st.isDirectory()) {
        const found: InputFile[] = [];
        await walk(p, exts, found, problems, new Set());
        found.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
        files.push(...found);
      } else {
        files.push({ path: p });
      }
    } catch (e) {
      problems.push({ path: p, reason: reasonOf(e) });
    }
  }
  return { files, problems };
}

export async function readInput(file: InputFile): Promise<Uint8Array> {
  if (file.path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return fs.readFile(file.path);
}
