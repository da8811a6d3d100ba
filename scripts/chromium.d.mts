// Types of scripts/chromium.mjs for the TypeScript tests.
import type { BrowserContext, Page } from 'playwright-core';

export declare const CHROMIUM_FLAGS: string[];
export declare function findChromium(): string | null;

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** requests to anywhere but the server (aborted) */
  outside: string[];
  /** Content-Security-Policy violations and uncaught page errors */
  problems: string[];
  close(): Promise<void>;
}

export declare function openBrowser(executablePath: string, origin: string, viewport?: { width: number; height: number }): Promise<Browser>;
