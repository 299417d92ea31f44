/**
 * Share links, as DESIGN.md fixes them: the manifest travels in the URL fragment as
 * `#m=` + base64url(deflate-raw(UTF-8 text)), so no server ever sees it; further `&key=value`
 * parameters (the selected Service, the view) may follow `m`. An integer `v` is the format's version:
 * a link without it is version 1, the one this code writes and reads; `v=1.N`, with its dot, is the
 * simulated Kubernetes version instead (kube-version-param.ts).
 */
import { isKubeVersionText } from './kube-version-param.ts';

export interface SharedState {
  readonly manifest: string;
  /** The parameters after `m`, in order, e.g. `svc` → `default/web`. */
  readonly params: ReadonlyMap<string, string>;
}

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The most a share link's manifest may inflate to, in bytes of UTF-8. Share links carry manifests
 * written or pasted by hand: the guide's examples are 1–10 kB and a large application's rendered
 * chart a few hundred. Deflate shrinks YAML ten to a thousand times, so without a bound a link
 * short enough to paste can hold gigabytes (one of 50 MB froze the page for 25 s; 50 MB of
 * `kind: Service` lines took the tab to 11 GB). 2 MB is several times any hand-written manifest,
 * and what the page builds and shows in seconds; a cluster dump is pasted into the editor instead.
 */
export const MAX_SHARED_MANIFEST_BYTES = 2_000_000;

/** Compressed bytes fed to the inflater at a time: deflate expands at most about 1,000 times, so no step makes more than about 1 MB. */
const INFLATE_STEP = 1024;

class TooLarge extends Error {}

/**
 * Inflates raw deflate, a step at a time, and stops reading as soon as the output passes `limit`
 * bytes: a bomb costs at most one step past the limit, never its whole size.
 */
async function inflateBounded(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < bytes.length; at += INFLATE_STEP) await writer.write(bytes.subarray(at, at + INFLATE_STEP));
    await writer.close();
  })();
  // Its failure (damaged data, or the read cancelled) is the reader's to report.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  await feeding;
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on large manifests.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (with its `#`) that carries `state`. */
export async function encodeFragment(state: SharedState): Promise<string> {
  const compressed = await compress(new TextEncoder().encode(state.manifest));
  const rest = [...state.params].map(([key, value]) => `&${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return `#m=${toBase64Url(compressed)}${rest.join('')}`;
}

export class ShareLinkError extends Error {}

const VERSION = 1;

const DAMAGED = 'This share link is damaged (cut short or altered), so its manifest cannot be read.';

const TOO_LARGE = `This link’s manifest is over ${MAX_SHARED_MANIFEST_BYTES / 1_000_000} MB, more than a share link carries, so it was not opened. Paste a manifest this large into the editor instead.`;

function readParams(fields: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  try {
    for (const field of fields) {
      const at = field.indexOf('=');
      if (at > 0) params.set(decodeURIComponent(field.slice(0, at)), decodeURIComponent(field.slice(at + 1)));
    }
  } catch {
    throw new ShareLinkError(DAMAGED);
  }
  return params;
}

/** Checked before the manifest is read: a newer format may encode it differently, and is not damage. */
function checkVersion(version: string | undefined): void {
  if (version === undefined || version === String(VERSION) || isKubeVersionText(version)) return;
  if (/^[1-9]\d*$/.test(version)) {
    throw new ShareLinkError(
      `This share link was made by a newer version of Kube Service Explorer (link format ${version}; this page reads format ${VERSION}), so its manifest cannot be read here.`,
    );
  }
  throw new ShareLinkError(`This share link names an unknown link format (v=${version}), so its manifest cannot be read.`);
}

/**
 * The state a fragment carries; undefined when the fragment is not a share link at all. A link
 * that is one but cannot be read (cut short when pasted, made by a newer version, or holding more
 * than MAX_SHARED_MANIFEST_BYTES) is a ShareLinkError, whose message says which.
 */
export async function decodeFragment(fragment: string): Promise<SharedState | undefined> {
  const fields = fragment.replace(/^#/, '').split('&');
  const [first, ...rest] = fields;
  if (first === undefined || !first.startsWith('m=')) return undefined;
  const params = readParams(rest);
  checkVersion(params.get('v'));
  let manifest: string;
  try {
    const bytes = await inflateBounded(fromBase64Url(first.slice(2)), MAX_SHARED_MANIFEST_BYTES);
    manifest = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ShareLinkError(error instanceof TooLarge ? TOO_LARGE : DAMAGED);
  }
  return { manifest, params };
}
