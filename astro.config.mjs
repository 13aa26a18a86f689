// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Static site: every lesson is prerendered; the sandbox boots in the browser.
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  server: { port: 4321 },
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
    // The built-in runtime is a module Web Worker that spawns nested module workers.
    worker: { format: 'es' },
    // Dependencies only the workers import are found late in dev, which costs a full reload on the
    // first visit; naming them up front avoids it.
    optimizeDeps: { include: ['@jmespath-community/jmespath', 'fflate', 'idb', 'sucrase', 'util/', 'buffer/', 'events/'] },
    resolve: {
      alias: {
        // Exercise files (check.ts) import the grader by its package name.
        'lambda-lab/grader': fileURLToPath(new URL('./sandbox/grader/index.ts', import.meta.url)),
      },
    },
  },
});
