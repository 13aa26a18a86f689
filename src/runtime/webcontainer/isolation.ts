/**
 * Cross-origin isolation: WebContainer needs SharedArrayBuffer, which browsers give only to pages
 * served with COOP `same-origin` and a COEP. One definition for the dev and preview servers
 * (astro.config.mjs), the `_headers` file the build emits (Netlify, Cloudflare Pages) and vercel.json.
 *
 * COEP is `require-corp`, not `credentialless`: Safari does not implement `credentialless`, and
 * require-corp is what WebContainer's docs use everywhere. Its cost — every cross-origin subresource
 * must opt in with CORP or CORS — is none here: the site loads nothing from another origin (fonts,
 * scripts, workers and the runtime SDK are all its own). src/runtime/webcontainer/boot.ts boots
 * WebContainer with the same value.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/** `dist/_headers`: every path gets the isolation headers (Netlify's and Cloudflare Pages' format). */
export function headersFile(): string {
  const lines = Object.entries(ISOLATION_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Cross-origin isolation for WebContainer mode (src/runtime/webcontainer/isolation.ts)\n/*\n${lines.join('\n')}\n`;
}

/** vercel.json's `headers`: Vercel reads vercel.json from the project root, not from the build output. */
export function vercelConfig(): { headers: { source: string; headers: { key: string; value: string }[] }[] } {
  return { headers: [{ source: '/(.*)', headers: Object.entries(ISOLATION_HEADERS).map(([key, value]) => ({ key, value })) }] };
}
