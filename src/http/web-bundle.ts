// The browser pages built by scripts/build-web.mjs into dist/web (never committed): index.html (the explorer),
// assets/ with content-hashed names, and manifest.json (logical name → file). Read once when the server starts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/web at the package root (src/http and dist/http both sit two levels below it). */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface WebBundle {
  dir: string;
  /** logical name (`explorer.js`) → hashed file name under assets/ */
  manifest: Readonly<Record<string, string>>;
  indexHtml: string;
}

/** null when the pages were not built (the server then says how to build them). */
export function loadWebBundle(dir = WEB_DIR): WebBundle | null {
  const manifestFile = `${dir}manifest.json`;
  if (!existsSync(manifestFile) || !existsSync(`${dir}index.html`)) return null;
  return {
    dir,
    manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>,
    indexHtml: readFileSync(`${dir}index.html`, 'utf8'),
  };
}

export const assetUrl = (b: WebBundle, name: string): string => `/assets/${b.manifest[name] ?? name}`;
