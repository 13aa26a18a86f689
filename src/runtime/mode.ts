/**
 * Which runtime a sandbox starts, as a pure decision over what was asked and what the page can do,
 * so it is tested without a browser. Asked: the site setting, the lesson's frontmatter, the
 * learner's choice, the URL — the last one that is not `auto` wins. Possible: WebContainer needs a
 * cross-origin isolated page (SharedArrayBuffer) in a browser it supports. When WebContainer was asked
 * for and cannot run, the built-in runtime starts with a notice that says why.
 */
import { RUNTIME_PREFERENCES, type RuntimeMode, type RuntimePreference } from './types.ts';

export interface Preferences {
  site: RuntimePreference;
  lesson?: RuntimePreference;
  learner?: RuntimePreference;
  url?: RuntimePreference;
}

/** What the page can offer WebContainer. */
export interface Capabilities {
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  userAgent: string;
}

export type FallbackReason = 'not-isolated' | 'unsupported-browser' | 'timed-out' | 'failed';

export interface ModeDecision {
  mode: RuntimeMode;
  /** Set when WebContainer was asked for and the built-in runtime starts instead. */
  fallback?: FallbackReason;
}

export const isPreference = (value: unknown): value is RuntimePreference => RUNTIME_PREFERENCES.includes(value as RuntimePreference);

/** The preference in force: the highest-priority one that is not `auto`. */
export function preferenceOf(p: Preferences): RuntimePreference {
  return [p.url, p.learner, p.lesson, p.site].find((v) => v !== undefined && v !== 'auto') ?? 'auto';
}

/**
 * Browsers WebContainer supports (webcontainers.io/guides/browser-support): Chromium-based browsers
 * (Chrome, Edge, Brave, Opera …), Firefox, and Safari 16.4 or later. Mobile browsers are not listed as
 * supported, so only desktop ones pass.
 */
export function isSupportedBrowser(userAgent: string): boolean {
  if (/Mobile|Android|iPhone|iPad/.test(userAgent)) return false;
  const chromium = /(?:Chrome|Chromium)\/(\d+)/.exec(userAgent);
  if (chromium) return Number(chromium[1]) >= 109;
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return Number(firefox[1]) >= 115;
  const safari = /Version\/(\d+)\.(\d+).*Safari\//.exec(userAgent);
  if (safari) return Number(safari[1]) > 16 || (Number(safari[1]) === 16 && Number(safari[2]) >= 4);
  return false;
}

export function decideMode(preferences: Preferences, page: Capabilities): ModeDecision {
  if (preferenceOf(preferences) !== 'webcontainer') return { mode: 'builtin' };
  if (!page.crossOriginIsolated || !page.sharedArrayBuffer) return { mode: 'builtin', fallback: 'not-isolated' };
  if (!isSupportedBrowser(page.userAgent)) return { mode: 'builtin', fallback: 'unsupported-browser' };
  return { mode: 'webcontainer' };
}

/** The notice the sandbox shows when it falls back, in the learner's words. */
export function fallbackNotice(reason: FallbackReason, detail?: string): string {
  const tail = 'The built-in runtime runs this lesson instead: everything in it works.';
  switch (reason) {
    case 'not-isolated':
      return `WebContainer needs a page served with cross-origin isolation headers (COOP and COEP), and this one is not. ${tail}`;
    case 'unsupported-browser':
      return `WebContainer does not support this browser (it needs desktop Chrome, Edge, Firefox or Safari 16.4+). ${tail}`;
    case 'timed-out':
      return `WebContainer did not start within ${detail ?? 'its time limit'} (it loads from StackBlitz, which may be unreachable from here). ${tail}`;
    case 'failed':
      return `WebContainer could not start${detail ? `: ${detail}` : ''}. ${tail}`;
  }
}
