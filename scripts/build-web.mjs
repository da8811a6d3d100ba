#!/usr/bin/env node
// Builds the browser pages `kg serve` serves into dist/web (git-ignored; run by `npm run build` and by `prepare`
// during `npm install`): the explorer (web/explorer, TypeScript bundled by esbuild), its layout worker, and
// GraphiQL — graphql-yoga's own build from @graphql-yoga/render-graphiql, written out as files so the page loads
// nothing from elsewhere. Asset names carry a content hash (cached for a year); manifest.json maps the logical
// names; every text asset gets a .gz twin. Prints the sizes (--quiet: not). KG_WEB_NO_MINIFY=1 keeps the names
// readable, for a CPU profile of the page.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist/web');
const ASSETS = join(OUT, 'assets');
const quiet = process.argv.includes('--quiet');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(ASSETS, { recursive: true });
const manifest = {};

const hashed = (name, content) => {
  const ext = extname(name);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10).toUpperCase();
  return `${basename(name, ext)}-${hash}${ext}`;
};

/** Writes a file under assets/ with a content-hashed name and records it in the manifest. */
function emit(logical, content) {
  const file = hashed(logical, content);
  writeFileSync(join(ASSETS, file), content);
  manifest[logical] = file;
}

// 1. the explorer, its layout worker, GraphiQL's start-up script
const ENTRIES = {
  explorer: 'web/explorer/main.ts',
  'layout-worker': 'web/explorer/layout-worker.ts',
  'graphiql-init': 'web/graphiql/init.ts',
};
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  bundle: true,
  minify: !process.env.KG_WEB_NO_MINIFY,
  format: 'iife',
  target: ['es2020'],
  outdir: ASSETS,
  entryNames: '[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (!meta.entryPoint) continue;
  const name = Object.entries(ENTRIES).find(([, src]) => src === meta.entryPoint)?.[0];
  manifest[`${name}.js`] = basename(out);
  if (meta.cssBundle) manifest[`${name}.css`] = basename(meta.cssBundle);
}
emit('icon.svg', readFileSync(join(ROOT, 'web/explorer/icon.svg')));

// 2. GraphiQL: the strings render-graphiql would inline into one page, as files of their own
const graphiql = await import('@graphql-yoga/render-graphiql/graphiql');
emit('graphiql.js', graphiql.js);
emit('graphiql.css', graphiql.css);
emit('graphiql-editor-worker.js', graphiql.editorWorkerService);
emit('graphiql-json-worker.js', graphiql.jsonWorker);
emit('graphiql-graphql-worker.js', graphiql.graphqlWorker);

// 3. the explorer's page, pointing at the hashed names
const page = readFileSync(join(ROOT, 'web/explorer/index.html'), 'utf8')
  .replace(/\{\{([\w.-]+)\}\}/g, (_, name) => {
    if (!manifest[name]) throw new Error(`web/explorer/index.html: no asset "${name}"`);
    return `/assets/${manifest[name]}`;
  });
writeFileSync(join(OUT, 'index.html'), page);
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// 4. gzip twins of the text assets
const sizes = {};
for (const file of readdirSync(ASSETS)) {
  if (!/\.(js|css|svg|map)$/.test(file)) continue;
  const raw = readFileSync(join(ASSETS, file));
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(join(ASSETS, `${file}.gz`), gz);
  sizes[file] = { bytes: raw.length, gzip: gz.length };
}

if (!quiet) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const line = (logical) => {
    const s = sizes[manifest[logical]] ?? { bytes: statSync(join(ASSETS, manifest[logical])).size, gzip: 0 };
    return `  ${logical.padEnd(28)} ${kb(s.bytes).padStart(8)}  (${kb(s.gzip)} gzip)`;
  };
  process.stdout.write(`build-web: dist/web\n${['explorer.js', 'explorer.css', 'layout-worker.js', 'graphiql.js', 'graphiql.css'].map(line).join('\n')}\n`);
}
