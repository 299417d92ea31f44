/**
 * Keystroke-to-graph latency in Chromium: the built app is served by `vite preview`, each manifest
 * opened through a share link, and one character typed and deleted at the end of the editor's
 * text, again and again. The app measures each edit itself (performance measure
 * `kse:keystroke-to-graph`, src/web/app/latency.ts): from the editor's change to the frame after the
 * new graph is committed. Run with `npm run bench:browser` (after `npm run build`, or with `--build`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { EXAMPLES } from '../src/examples/index.ts';
import { readFileSync } from 'node:fs';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 30;

if (process.argv.includes('--build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

function shareLink(manifest: string): string {
  return `${BASE}/#m=${deflateRawSync(Buffer.from(manifest, 'utf8')).toString('base64url')}`;
}

/** A Deployment of `replicas` Pods behind a NodePort Service: 10 EndpointSlices at 100 endpoints each. */
function manyPods(replicas: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: big
spec:
  type: NodePort
  selector:
    app: big
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: big
  template:
    metadata:
      labels:
        app: big
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
`;
}

async function serve(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(BASE);
      return () => process.kill(-(server.pid ?? 0));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('vite preview did not start');
}

async function measure(page: Page, manifest: string): Promise<number[]> {
  await page.goto('about:blank');
  await page.goto(shareLink(manifest));
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.waitForSelector('[data-id^="svc:"]');
  // A comment line of its own: the keystrokes change the text, not the objects.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const read = () => page.evaluate(() => performance.getEntriesByName('kse:keystroke-to-graph').map((e) => e.duration));
  const before = (await read()).length;
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 2 === 0 ? '#' : 'Backspace');
    await page.waitForFunction((n) => performance.getEntriesByName('kse:keystroke-to-graph').length > n, before + i);
  }
  return (await read()).slice(before);
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const stop = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const cases = [
    ...EXAMPLES.filter((e) => e.id.startsWith('guide-')).map((e) => [e.id, readFileSync(new URL(`../src/examples/${e.file}`, import.meta.url), 'utf8')] as const),
    ['1,000 Pods', manyPods(1000)] as const,
  ];
  console.log('keystroke → graph in Chromium (ms)        median    p95    max');
  for (const [name, manifest] of cases) {
    const samples = await measure(page, manifest);
    const row = [percentile(samples, 50), percentile(samples, 95), Math.max(...samples)].map((v) => v.toFixed(1).padStart(7));
    console.log(`${name.padEnd(40)} ${row.join('')}`);
  }
} finally {
  await browser.close();
  stop();
}
