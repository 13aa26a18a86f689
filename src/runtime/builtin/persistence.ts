/**
 * The learner's work per exercise in IndexedDB: workspace files and the cloud snapshot, so a reload
 * loses nothing. Storage is an effect at the edge: failures (private mode, quota) degrade to a
 * session that simply is not saved, never to a broken sandbox.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { CloudState } from '../../../sandbox/cloud/cloud.ts';

export interface SavedWork {
  files: Record<string, Uint8Array>;
  /** The cloud snapshot; absent when the runtime had none to give yet (a WebContainer before lab serve saved). */
  state?: CloudState;
  savedAt: number;
}

/** Where work is kept: IndexedDB in the page, a fake in tests. Both runtimes use one key per exercise, so work follows a learner across modes. */
export interface WorkStore {
  load(key: string): Promise<SavedWork | undefined>;
  save(key: string, work: SavedWork): Promise<void>;
}

const DB = 'lambda-lab';
const STORE = 'workspaces';

let db: Promise<IDBPDatabase | undefined> | undefined;

function open(): Promise<IDBPDatabase | undefined> {
  db ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  }).catch(() => undefined);
  return db;
}

export async function load(key: string): Promise<SavedWork | undefined> {
  try {
    return (await (await open())?.get(STORE, key)) as SavedWork | undefined;
  } catch {
    return undefined;
  }
}

export async function save(key: string, work: SavedWork): Promise<void> {
  try {
    await (await open())?.put(STORE, work, key);
  } catch {
    /* not saved: the session goes on */
  }
}
