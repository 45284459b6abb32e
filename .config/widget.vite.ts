import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Builds <pa-signpost> as one self-contained script for clinical web apps: `npm run build:widget`.
const root = fileURLToPath(new URL('..', import.meta.url));
const registry = fileURLToPath(new URL('../utils/widget/style-registry.ts', import.meta.url));

// Stylesheets become strings registered for the Shadow DOM instead of tags in the host's <head>.
function shadowStyles(): Plugin {
  const prefix = '\0pa-shadow-css:';
  return {
    name: 'pa-shadow-styles',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The id must not end in .css, or Vite's own CSS pipeline would claim it.
      return resolved ? `${prefix}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const css = readFileSync(id.slice(prefix.length, -'.js'.length), 'utf8');
      return `import { addStyle } from ${JSON.stringify(registry)};\naddStyle(${JSON.stringify(css)});\n`;
    },
  };
}

export default defineConfig({
  root,
  plugins: [shadowStyles()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: {
      entry: fileURLToPath(new URL('../entrypoints/widget/pa-signpost-element.tsx', import.meta.url)),
      formats: ['iife'],
      name: 'PaSignpost',
      fileName: () => 'pa-signpost.js',
    },
    outDir: fileURLToPath(new URL('../.output/widget', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
  },
});
