/**
 * The namespace the graph draws, in a share link: `&ns=NAME`, or `&ns=*` for every namespace, when
 * the user chose one; left out otherwise, so that the link opens as the page decides for its size
 * (worker/graph-scope.ts), which is what the page it was made on showed.
 */
export const NAMESPACE_PARAM = 'ns';

// Written out rather than imported: this module loads with the page's first chunks, before the worker's.
const ALL = '*';
/** A namespace's name is a DNS label (IsDNS1123Label, k8s.io/apimachinery/pkg/util/validation): the apiserver refuses any other. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The namespace a link asks for; a value no namespace can have opens as the page decides. */
export function readGraphNamespace(value: string | undefined): string | undefined {
  return value === ALL || (value !== undefined && DNS_LABEL.test(value)) ? value : undefined;
}

/** The parameter to write: none when the page decides. */
export function namespaceParams(namespace: string | undefined): [string, string][] {
  return namespace === undefined ? [] : [[NAMESPACE_PARAM, namespace]];
}
