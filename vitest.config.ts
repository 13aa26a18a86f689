import { defineConfig } from 'vitest/config';

// Two projects: `unit` (the engine, shell, CLI, grader — fast, Node) and `content` (every exercise:
// the starter fails its checks, the solution passes them). End-to-end tests are Playwright's.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'conformance', include: ['tests/conformance/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
    ],
  },
});
