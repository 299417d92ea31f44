/**
 * What an embedded graph (`?embed#m=…`) downloads: every response the page and its workers fetch
 * until the packet reaches its Pod, each gzipped as a static host would serve it, summed. The
 * same sum as e2e/embed.spec.ts checks against its budget. Run by browser.bench.ts, or alone
 * against a built app with `tsx bench/embed-weight.ts [DIST]` (DIST defaults to dist/).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

/** The aim for the embed's download, gzip, all JS. */
export const EMBED_AIM_KB = 150;

export interface EmbedWeight {
  /** Every file, by path, in gzip bytes. */
  readonly files: readonly { readonly path: string; readonly gzip: number }[];
  readonly totalGzip: number;
  /** The JavaScript alone (the aim's measure). */
  readonly scriptGzip: number;
}

const DEBUG_UI = readFileSync(new URL('../src/examples/guide-03-debug-ui.yaml', import.meta.url), 'utf8');

/** Loads the guide's debug-ui example as an embed from `base` and sums what it fetched. */
export async function measureEmbedWeight(browser: Browser, base: string): Promise<EmbedWeight> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.ok()) bodies.set(response.url(), response.body());
    });
    await page.goto(`${base}/?embed#m=${deflateRawSync(Buffer.from(DEBUG_UI, 'utf8')).toString('base64url')}`);
    await page.getByRole('status', { name: 'Packet' }).filter({ hasText: 'deliver to' }).waitFor({ timeout: 60_000 });
    const files = await Promise.all([...bodies].map(async ([url, body]) => ({ path: new URL(url).pathname, gzip: gzipSync(await body).length })));
    const sum = (list: typeof files): number => list.reduce((total, file) => total + file.gzip, 0);
    return { files, totalGzip: sum(files), scriptGzip: sum(files.filter((file) => file.path.endsWith('.js'))) };
  } finally {
    await page.close();
  }
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The parts of the model the embed's worker fetches only for a link that needs them
 * (src/worker/embed/lazy: `gateway-real-….js` and the like in the build), each gzipped: what such
 * a link adds to the download above.
 */
export function lazyPartWeights(dist = 'dist'): { readonly part: string; readonly gzip: number }[] {
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .flatMap((file) => {
      const part = /^([a-z-]+)-real-[\w-]+\.js$/.exec(file)?.[1];
      return part === undefined ? [] : [{ part, gzip: gzipSync(readFileSync(join(assets, file))).length }];
    })
    .sort((a, b) => a.part.localeCompare(b.part));
}

/** `gateway 12.4 KB, …`: the lazy parts in one line. */
export const describeLazyParts = (dist?: string): string => lazyPartWeights(dist).map(({ part, gzip }) => `${part} ${kilobytes(gzip)}`).join(', ');

/** `vite preview` of `dist` on `port`; the returned function stops it (the whole process group: npx leaves the real server running otherwise). */
export async function preview(port: number, dist = 'dist'): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
  const stop = (): void => {
    try {
      process.kill(-(server.pid ?? 0));
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}`);
      return stop;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stop();
  throw new Error('vite preview did not start within 30 s');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = 4274;
  const stop = await preview(port, process.argv[2] ?? 'dist');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const weight = await measureEmbedWeight(browser, `http://127.0.0.1:${port}`);
    for (const file of [...weight.files].sort((a, b) => b.gzip - a.gzip)) console.log(`${kilobytes(file.gzip).padStart(10)}  ${file.path}`);
    console.log(`?embed download, gzip: all JS ${kilobytes(weight.scriptGzip)} (aim ≤ ${EMBED_AIM_KB} KB), everything ${kilobytes(weight.totalGzip)}`);
    console.log(`fetched only for links that need them: ${describeLazyParts(process.argv[2] ?? 'dist')}`);
  } finally {
    await browser.close();
    stop();
  }
}
