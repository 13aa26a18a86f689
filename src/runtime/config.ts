/**
 * Where the sandbox runs, site-wide. A lesson's frontmatter (`runtime:`), the learner's choice in the
 * sandbox (remembered in localStorage) and the page's `?runtime=` parameter override this, in that
 * order of increasing priority (src/runtime/mode.ts).
 */
import type { RuntimePreference } from './types.ts';

/** `auto`: the built-in runtime, unless a lesson or the learner asks for WebContainer where it can run. */
export const SITE_RUNTIME: RuntimePreference = 'auto';

/**
 * How long WebContainer may take to boot before the sandbox gives up on it and starts the built-in
 * runtime. boot() never settles when its StackBlitz frame cannot load (offline, blocked), so this is
 * the only way out. A warm boot takes 1–3 s and a cold one on a slow connection up to ~10 s; 15 s
 * leaves room for that and is still short enough that a learner waits rather than reloads.
 * `?webcontainer-timeout=MS` overrides it (the fallback test uses a short one).
 */
export const WEBCONTAINER_BOOT_TIMEOUT_MS = 15_000;

/** The learner's choice from the sandbox's runtime menu. */
export const RUNTIME_STORAGE_KEY = 'lambda-lab:runtime';

/** The page parameters: `?runtime=builtin|webcontainer|auto` and `?webcontainer-timeout=MS`. */
export const RUNTIME_PARAM = 'runtime';
export const TIMEOUT_PARAM = 'webcontainer-timeout';

/** The engine package the site serves for WebContainer mode (src/pages/webcontainer/engine.json.ts). */
export const ENGINE_TREE_URL = '/webcontainer/engine.json';
