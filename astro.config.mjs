// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { runtimeSdkPath } from './sandbox/runtime/aws-sdk/bundle.ts';
import { writeFileSync } from 'node:fs';
import { headersFile, ISOLATION_HEADERS } from './src/runtime/webcontainer/isolation.ts';

// The AWS SDK the execution environments provide (sandbox/runtime/aws-sdk), built once per machine and
// SDK version; the Web Worker realms fetch it as a static asset the first time a handler imports it.
const RUNTIME_SDK = runtimeSdkPath();

/**
 * Cross-origin isolation for WebContainer mode (src/runtime/webcontainer/isolation.ts), on every
 * response. The preview server sends `server.headers` (it ignores Vite plugins); in dev Astro puts
 * those on pages only, so this Vite middleware adds them to modules and workers too. The build writes
 * dist/_headers for Netlify and Cloudflare Pages; vercel.json at the repository root is Vercel's copy
 * (tests/unit/webcontainer/isolation.test.ts keeps it equal).
 * @type {import('vite').Plugin}
 */
const isolationHeadersVite = {
  name: 'lambda-lab:isolation-headers',
  configureServer(server) {
    server.middlewares.use((_req, res, next) => {
      for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
      next();
    });
  },
};
const isolationHeaders = {
  name: 'lambda-lab:isolation-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

// Static site: every lesson is prerendered; the sandbox boots in the browser.
export default defineConfig({
  output: 'static',
  integrations: [mdx(), isolationHeaders],
  server: { port: 4321, headers: ISOLATION_HEADERS },
  markdown: {
    // Code in the prose is highlighted at build time, in a light and a dark theme; the page's
    // colour scheme picks one through CSS variables (see src/styles/prose.css).
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark-dimmed' },
      defaultColor: 'light',
      wrap: false,
    },
  },
  vite: {
    plugins: [isolationHeadersVite],
    // The built-in runtime is a module Web Worker that spawns nested module workers.
    worker: { format: 'es' },
    // Dependencies only the workers import are found late in dev, which costs a full reload on the
    // first visit; naming them up front avoids it.
    optimizeDeps: { include: ['@jmespath-community/jmespath', 'fflate', 'idb', 'sucrase', 'util/', 'buffer/', 'events/', 'process/', 'string_decoder/', 'readable-stream', '@noble/hashes/hmac.js', '@noble/hashes/legacy.js', '@noble/hashes/sha2.js'] },
    resolve: {
      alias: [
        // Exercise files (check.ts) import the grader by its package name.
        { find: 'lambda-lab/grader', replacement: fileURLToPath(new URL('./sandbox/grader/index.ts', import.meta.url)) },
        // `lab:runtime-sdk?url`: the query must survive the alias, so the pattern stops before it.
        { find: /^lab:runtime-sdk(?=\?|$)/, replacement: RUNTIME_SDK },
      ],
    },
  },
});
