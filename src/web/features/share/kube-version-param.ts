/**
 * The simulated Kubernetes version in a share link: `&v=1.N`, left out for the default (DESIGN.md).
 * An integer `v` is the link format's own version (share-link.ts), never a Kubernetes version.
 */
import { DEFAULT_KUBE_VERSION, parseKubeVersion, type KubeVersion } from '../../../model/versions/kube-version.ts';

export const KUBE_VERSION_PARAM = 'v';

/** True for `1.N`: the Kubernetes version form of `v`, as against the link format's integer. */
export function isKubeVersionText(value: string): boolean {
  return /^\d+\.\d+$/.test(value);
}

/**
 * The version a link asks for. A version this page does not simulate (a link from a newer page)
 * opens on the default, the nearest to what the link was made with.
 */
export function readKubeVersion(value: string | undefined): KubeVersion {
  return (value === undefined ? undefined : parseKubeVersion(value)) ?? DEFAULT_KUBE_VERSION;
}

/** The parameter to write: none for the default version. */
export function kubeVersionParams(version: KubeVersion): [string, string][] {
  return version === DEFAULT_KUBE_VERSION ? [] : [[KUBE_VERSION_PARAM, version]];
}
