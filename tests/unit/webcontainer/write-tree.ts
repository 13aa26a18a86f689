/**
 * Writes a WebContainer FileSystemTree to a real folder, as mount() would lay it out: files with their
 * contents, symlinks as symlinks. A file that starts with `#!` is made executable, as npm does for the
 * bins it links (WebContainer runs them by their shebang without a mode).
 */
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { walkTree, type FileSystemTree } from '../../../src/runtime/webcontainer/mount-tree.ts';

export async function writeTree(tree: FileSystemTree, dir: string): Promise<number> {
  let count = 0;
  for (const [rel, node] of walkTree(tree)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    if ('symlink' in node.file) await symlink(node.file.symlink, file);
    else {
      await writeFile(file, node.file.contents);
      const head = typeof node.file.contents === 'string' ? node.file.contents.slice(0, 2) : '';
      if (head === '#!') await chmod(file, 0o755);
    }
    count++;
  }
  return count;
}
