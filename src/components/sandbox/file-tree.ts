import type { WorkspaceFile } from '../../runtime/types.ts';
import { badgeFor } from './languages.ts';

interface Folder {
  name: string;
  folders: Map<string, Folder>;
  files: WorkspaceFile[];
}

/** Dotfiles and anything inside a dot-folder (.aws, .lab) stay out of the tree. */
export function isHidden(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function buildTree(files: WorkspaceFile[]): Folder {
  const root: Folder = { name: '', folders: new Map(), files: [] };
  for (const file of files) {
    if (isHidden(file.path)) continue;
    const segments = file.path.split('/');
    segments.pop();
    let folder = root;
    for (const segment of segments) {
      let child = folder.folders.get(segment);
      if (!child) folder.folders.set(segment, (child = { name: segment, folders: new Map(), files: [] }));
      folder = child;
    }
    folder.files.push(file);
  }
  return root;
}

/**
 * The workspace's files. Text files open in the editor; binary ones (function.zip) show their size
 * and only explain why they do not open.
 */
export class FileTree {
  readonly #root: HTMLElement;
  #files: WorkspaceFile[] = [];
  #active: string | undefined;
  onOpen: (file: WorkspaceFile) => void = () => {};

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  get files(): readonly WorkspaceFile[] {
    return this.#files;
  }

  render(files: WorkspaceFile[]): void {
    this.#files = [...files].sort((a, b) => a.path.localeCompare(b.path));
    const list = this.#renderFolder(buildTree(this.#files), 0);
    list.setAttribute('role', 'tree');
    list.setAttribute('aria-label', 'Workspace files');
    if (this.#files.filter((f) => !isHidden(f.path)).length === 0) {
      const empty = document.createElement('p');
      empty.className = 'sb-tree-empty';
      empty.textContent = 'No files yet.';
      this.#root.replaceChildren(empty);
      return;
    }
    this.#root.replaceChildren(list);
  }

  setActive(path: string | undefined): void {
    this.#active = path;
    for (const item of this.#root.querySelectorAll<HTMLElement>('[data-testid="file-item"]')) {
      if (item.dataset.path === path) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }

  #renderFolder(folder: Folder, depth: number): HTMLUListElement {
    const list = document.createElement('ul');
    list.className = 'sb-tree-list';
    for (const child of [...folder.folders.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const item = document.createElement('li');
      item.setAttribute('role', 'treeitem');
      item.setAttribute('aria-expanded', 'true');
      const label = document.createElement('div');
      label.className = 'sb-folder';
      label.style.setProperty('--depth', String(depth));
      label.textContent = child.name;
      const nested = this.#renderFolder(child, depth + 1);
      nested.setAttribute('role', 'group');
      item.append(label, nested);
      list.append(item);
    }
    for (const file of folder.files) {
      const item = document.createElement('li');
      item.setAttribute('role', 'none');
      item.append(this.#renderFile(file, depth));
      list.append(item);
    }
    return list;
  }

  #renderFile(file: WorkspaceFile, depth: number): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sb-file';
    button.setAttribute('role', 'treeitem');
    button.dataset.testid = 'file-item';
    button.dataset.path = file.path;
    button.style.setProperty('--depth', String(depth));
    if (file.binary) button.dataset.binary = 'true';
    if (file.path === this.#active) button.setAttribute('aria-current', 'true');

    const badge = badgeFor(file.path, file.binary);
    const icon = document.createElement('span');
    icon.className = 'sb-badge';
    icon.dataset.kind = badge.kind;
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = badge.text;

    const name = document.createElement('span');
    name.className = 'sb-file-name';
    name.textContent = file.path.split('/').pop()!;

    button.append(icon, name);
    if (file.binary) {
      const size = document.createElement('span');
      size.className = 'sb-file-size';
      size.textContent = formatSize(file.size);
      button.append(size);
      button.title = `${file.path} — binary file, ${formatSize(file.size)}`;
    } else {
      button.title = file.path;
    }
    button.addEventListener('click', () => this.onOpen(file));
    return button;
  }
}
