#!/usr/bin/env node
// Runs the TypeScript command line straight from source, so `npx pa-signpost` works after `npm ci`
// with no build step. tsx resolves from the project's node_modules (this folder is linked there).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
