/**
 * The file tree a WebContainer gets, in @webcontainer/api's FileSystemTree shape. Two folders side
 * by side in the container's working directory:
 *
 *   lab/         the engine as a Node package (engine-package.ts builds it from this repository):
 *                package.json with `bin: { lab, aws }`, bin/, the sandbox/ sources Node runs as
 *                TypeScript, the exercises' checks, the runtime SDK bundle, node_modules/ with the
 *                engine's run-time dependencies only
 *   workspace/   the learner's files: the exercise's starter files; `lab serve` keeps the cloud in
 *                workspace/.lab/state.json, as it does in a terminal
 *
 * The engine is not under node_modules/ on purpose: Node refuses to strip types from files there.
 * This module has no Node or DOM dependency: the browser puts the tree together from the engine
 * package the site serves and the exercise it already has, and the tests do the same in Node.
 */
import type { DirectoryNode, FileNode, FileSystemTree, SymlinkNode } from '@webcontainer/api';

export type { FileSystemTree };

export const ENGINE_DIR = 'lab';
export const WORKSPACE_DIR = 'workspace';
/** Where the prebuilt SDK bundle the execution environments provide sits inside the engine package. */
export const RUNTIME_SDK_FILE = 'runtime/aws-sdk.cjs';
/** LocalStack's port, as `lab serve` defaults to, so `--endpoint-url http://localhost:4566` habits carry over. */
export const LAB_SERVE_PORT = 4566;

/** The exercise's check.ts inside the engine package, relative to the workspace (what `lab check --exercise` takes there). */
export const exercisePath = (lesson: string, exercise: string): string => `../${ENGINE_DIR}/content/lessons/${lesson}/${exercise}`;

const isDirectory = (node: FileSystemTree[string]): node is DirectoryNode => 'directory' in node;

/** `a/b/c.txt` → nested directories; later paths win over earlier ones. */
export function treeFromFiles(files: Record<string, string | Uint8Array>): FileSystemTree {
  const root: FileSystemTree = {};
  for (const [path, contents] of Object.entries(files)) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.length === 0 || parts.includes('..')) throw new Error(`A mounted file needs a relative path inside its folder; got '${path}'.`);
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      const node = dir[part];
      if (node && isDirectory(node)) dir = node.directory;
      else dir = (dir[part] = { directory: {} } as DirectoryNode).directory;
    }
    dir[parts.at(-1)!] = { file: { contents } } satisfies FileNode;
  }
  return root;
}

/** The whole tree: the engine package and the learner's workspace. */
export function mountTree(engine: FileSystemTree, workspaceFiles: Record<string, string | Uint8Array>): FileSystemTree {
  return {
    [ENGINE_DIR]: { directory: engine },
    [WORKSPACE_DIR]: { directory: treeFromFiles(workspaceFiles) },
  };
}

/** Every file of a tree as path → node, depth first (for tests and for writing a tree to disk). */
export function* walkTree(tree: FileSystemTree, prefix = ''): Generator<[string, FileNode | SymlinkNode]> {
  for (const [name, node] of Object.entries(tree)) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (isDirectory(node)) yield* walkTree(node.directory, path);
    else yield [path, node];
  }
}

/**
 * The environment of every process the runtime starts in the container (the shell, `lab serve`,
 * `lab check`): the package's bins first on PATH, the prebuilt SDK bundle for the execution
 * environments (absolute, since each process has its own cwd), and where `aws` finds lab serve.
 */
export function containerEnv(workdir: string, basePath: string, port = LAB_SERVE_PORT): Record<string, string> {
  const engine = `${workdir.replace(/\/+$/, '')}/${ENGINE_DIR}`;
  return {
    PATH: [`${engine}/node_modules/.bin`, basePath].filter(Boolean).join(':'),
    LAB_RUNTIME_SDK: `${engine}/${RUNTIME_SDK_FILE}`,
    LAB_ENDPOINT: `http://localhost:${port}`,
  };
}
