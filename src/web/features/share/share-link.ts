/**
 * Share links, as DESIGN.md fixes them: the manifest travels in the URL fragment as
 * `#m=` + base64url(deflate-raw(UTF-8 text)), so no server ever sees it; further `&key=value`
 * parameters (the selected Service, the view) may follow `m`. `v` is the format's version: a link
 * without it is version 1, the one this code writes and reads.
 */

export interface SharedState {
  readonly manifest: string;
  /** The parameters after `m`, in order, e.g. `svc` → `default/web`. */
  readonly params: ReadonlyMap<string, string>;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on large manifests.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (with its `#`) that carries `state`. */
export async function encodeFragment(state: SharedState): Promise<string> {
  const compressed = await pipe(new TextEncoder().encode(state.manifest), new CompressionStream('deflate-raw'));
  const rest = [...state.params].map(([key, value]) => `&${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return `#m=${toBase64Url(compressed)}${rest.join('')}`;
}

export class ShareLinkError extends Error {}

const VERSION = 1;

const DAMAGED = 'This share link is damaged (cut short or altered), so its manifest cannot be read.';

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
  if (version === undefined || version === String(VERSION)) return;
  if (/^[1-9]\d*$/.test(version)) {
    throw new ShareLinkError(
      `This share link was made by a newer version of Kube Service Explorer (link format ${version}; this page reads format ${VERSION}), so its manifest cannot be read here.`,
    );
  }
  throw new ShareLinkError(`This share link names an unknown link format (v=${version}), so its manifest cannot be read.`);
}

/**
 * The state a fragment carries; undefined when the fragment is not a share link at all. A link
 * that is one but cannot be read (cut short when pasted, or made by a newer version) is a
 * ShareLinkError, whose message says which.
 */
export async function decodeFragment(fragment: string): Promise<SharedState | undefined> {
  const fields = fragment.replace(/^#/, '').split('&');
  const [first, ...rest] = fields;
  if (first === undefined || !first.startsWith('m=')) return undefined;
  const params = readParams(rest);
  checkVersion(params.get('v'));
  let manifest: string;
  try {
    const bytes = await pipe(fromBase64Url(first.slice(2)), new DecompressionStream('deflate-raw'));
    manifest = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareLinkError(DAMAGED);
  }
  return { manifest, params };
}
