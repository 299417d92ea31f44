/**
 * The Kubernetes minor versions the simulator can behave as: every minor from 1.29 to the newest
 * release whose sources were read (kubernetes/api tag v0.36.0 = Kubernetes v1.36). The newest is
 * the default, as a fresh `kubeadm init` today would install it.
 */

/** `1.N`, as `--kube-version` and share links (`&v=`) spell it. */
export type KubeVersion = `1.${number}`;

export const OLDEST_KUBE_MINOR = 29;
export const NEWEST_KUBE_MINOR = 36;

export const SUPPORTED_KUBE_VERSIONS: readonly KubeVersion[] = Array.from(
  { length: NEWEST_KUBE_MINOR - OLDEST_KUBE_MINOR + 1 },
  (_, i): KubeVersion => `1.${OLDEST_KUBE_MINOR + i}`,
);

export const DEFAULT_KUBE_VERSION: KubeVersion = `1.${NEWEST_KUBE_MINOR}`;

/** `1.N`, `v1.N` or `1.N.P` when N is supported, as `1.N`; else undefined. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const match = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(text.trim());
  if (match === null) return undefined;
  const minor = Number(match[1]);
  return minor >= OLDEST_KUBE_MINOR && minor <= NEWEST_KUBE_MINOR ? `1.${minor}` : undefined;
}

/** The minor number of a supported version: 36 for `1.36`. */
export function kubeMinor(version: KubeVersion): number {
  return Number(version.slice(2));
}

/** `1.29–1.36`, for help texts and errors. */
export function supportedRangeText(): string {
  return `1.${OLDEST_KUBE_MINOR}–1.${NEWEST_KUBE_MINOR}`;
}
