// @vitest-environment node
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The content script is injected into every clinical page and has a 30 KB gzipped budget
// (DESIGN.md); the sidebar page carries the UI. This bundles it in memory and names every
// module that puts code into it, so a stray import (a schema, Preact, the directory) fails here
// rather than showing up later as a bigger figure in `npm run bench`.
const root = fileURLToPath(new URL('../../..', import.meta.url));

const NOT_IN_CONTENT_SCRIPT = [
  /node_modules\/(?:preact|@preact)\//,
  /node_modules\/(?:idb|papaparse|qrcode|kdbush|geokdbush)\//,
  /node_modules\/wxt\/dist\/utils\/content-script-ui\//,
  /^components\//,
  /^utils\/(?:advice|directory|settings|safety|sidebar|options|policy|pilot|geo|widget|background|cli)\//,
  /^utils\/messaging\/messages\.ts$/,
];

async function modulesInContentScript() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/clinical.content/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outfile: 'clinical.js',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output!.inputs).filter(([, input]) => input.bytesInOutput > 0);
  return { modules: inputs.map(([path]) => path), graph: result.metafile.inputs };
}

describe('the content script bundle', () => {
  it('holds no UI, directory, settings or message-schema code', async () => {
    const { modules } = await modulesInContentScript();
    expect(modules).toContain('utils/host/watch-page-context.ts');
    expect(modules.filter((path) => NOT_IN_CONTENT_SCRIPT.some((pattern) => pattern.test(path)))).toEqual([]);
  });

  it('carries no valibot: messages are checked by hand there, and schemas stay in the sidebar', async () => {
    const { modules } = await modulesInContentScript();
    expect(modules.filter((path) => path.includes('node_modules/valibot/'))).toEqual([]);
  });
});
