import type { ExerciseRef, RuntimePreference, SandboxRuntime } from './types.ts';
import { createBuiltinRuntime } from './builtin/index.ts';
import { RUNTIME_PARAM, RUNTIME_STORAGE_KEY, SITE_RUNTIME, TIMEOUT_PARAM, WEBCONTAINER_BOOT_TIMEOUT_MS } from './config.ts';
import { FallbackRuntime } from './fallback.ts';
import { decideMode, fallbackNotice, isPreference, type ModeDecision, type Preferences } from './mode.ts';

export type * from './types.ts';

/** The learner's choice from the sandbox's runtime menu, if any (storage may be unavailable). */
export function learnerPreference(): RuntimePreference | undefined {
  try {
    const stored = localStorage.getItem(RUNTIME_STORAGE_KEY);
    return isPreference(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function setLearnerPreference(preference: RuntimePreference): void {
  try {
    if (preference === 'auto') localStorage.removeItem(RUNTIME_STORAGE_KEY);
    else localStorage.setItem(RUNTIME_STORAGE_KEY, preference);
  } catch {
    /* not remembered: the choice holds for this page only */
  }
}

/** Every level's preference for this page and exercise. */
export function preferencesFor(ref: ExerciseRef, url: URL = new URL(location.href)): Preferences {
  const fromUrl = url.searchParams.get(RUNTIME_PARAM);
  return { site: SITE_RUNTIME, lesson: ref.runtime, learner: learnerPreference(), url: isPreference(fromUrl) ? fromUrl : undefined };
}

export function decide(ref: ExerciseRef): ModeDecision {
  return decideMode(preferencesFor(ref), {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
    userAgent: navigator.userAgent,
  });
}

function watchdogLimit(url: URL = new URL(location.href)): number {
  const ms = Number(url.searchParams.get(TIMEOUT_PARAM));
  return Number.isFinite(ms) && ms > 0 ? ms : WEBCONTAINER_BOOT_TIMEOUT_MS;
}

/**
 * The one place the page's sandbox runtime is created: the built-in runtime (engine and shell in a
 * Web Worker), or WebContainer when it was asked for and can run here — with a watchdog that falls
 * back to the built-in runtime. The WebContainer code loads only then (dynamic imports).
 */
export function createRuntime(ref: ExerciseRef): SandboxRuntime {
  const decision = decide(ref);
  if (decision.mode === 'builtin') {
    const runtime = createBuiltinRuntime(ref);
    return decision.fallback ? Object.assign(runtime, { notice: fallbackNotice(decision.fallback) }) : runtime;
  }
  return new FallbackRuntime({
    timeoutMs: watchdogLimit(),
    fallback: () => createBuiltinRuntime(ref),
    start: async (signal) => {
      const [{ bootContainer, fetchEngine }, { WebContainerRuntime }, store] = await Promise.all([import('./webcontainer/boot.ts'), import('./webcontainer/runtime.ts'), import('./builtin/persistence.ts')]);
      const [container, engine] = await Promise.all([bootContainer(signal), fetchEngine(signal)]);
      return new WebContainerRuntime({ ref, container, engine, signal, store: { load: store.load, save: store.save } });
    },
  });
}
