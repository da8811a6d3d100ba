// vitest globalSetup: the browser tier's Chromium — Debian's package (/usr/bin/chromium, or CHROMIUM_PATH), never a
// downloaded one. Absent: the tier skips with one line saying how to install it; under CI=true that is an error
// (.ci/run installs it with apt-get).
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const path = findChromium();
  if (!path) {
    const line = 'Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set CHROMIUM_PATH)';
    if (ci) throw new Error(`${line} (CI=true: the browser tier must run)`);
    process.stderr.write(`${line}\n`);
  }
  project.provide('chromiumPath', path ?? '');
}
