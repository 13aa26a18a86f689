/**
 * The bookkeeping every host shares: listeners for a realm's messages and its one-time end. A host
 * supplies how to post and how to stop the underlying worker, and reports what it hears.
 */
import type { FromRealm, RealmHandle } from '../types.ts';

export interface RealmWiring {
  handle: RealmHandle;
  /** The host heard a message from the realm. */
  message(m: FromRealm): void;
  /** The realm ended on its own (exit, crash); fires the exit listeners once. */
  end(reason: { code?: number; error?: string }): void;
}

export function wireRealm(post: RealmHandle['post'], stop: () => void): RealmWiring {
  const messageListeners: Array<(m: FromRealm) => void> = [];
  const exitListeners: Array<(r: { code?: number; error?: string }) => void> = [];
  let ended = false;
  return {
    handle: {
      post,
      onMessage: (l) => void messageListeners.push(l),
      onExit: (l) => void exitListeners.push(l),
      // Ending a realm on purpose is not news to anyone: no exit listener fires.
      terminate: () => {
        ended = true;
        stop();
      },
    },
    message: (m) => messageListeners.forEach((l) => l(m)),
    end: (reason) => {
      if (ended) return;
      ended = true;
      stop();
      exitListeners.forEach((l) => l(reason));
    },
  };
}
