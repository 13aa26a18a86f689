/**
 * The engine package for WebContainer mode (src/runtime/webcontainer/engine-package.ts), written at
 * build time as one JSON file (bytes tagged as /_lab/call tags them). Only a sandbox starting in
 * WebContainer mode fetches it; lesson pages do not link it.
 */
import type { APIRoute } from 'astro';
import { encodeLabJson } from '../../../sandbox/api/lab-call.ts';
import { engineTree } from '../../runtime/webcontainer/engine-package.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(encodeLabJson(engineTree(process.cwd())), { headers: { 'content-type': 'application/json' } });
