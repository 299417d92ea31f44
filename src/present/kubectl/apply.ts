/**
 * `kubectl apply -f FILE`: the cluster passed in already is the manifest applied, so this reports
 * it as kubectl would on a fresh cluster: `kind.group/name created` for each stored object, in
 * source order, and the API server's refusal for each rejected one (cmd/apply/apply.go; error
 * text by cmd/util/helpers.go checkErr: `The Kind "name" is invalid: field: detail`, several
 * causes as a `* ` list).
 */
import type { Cluster, Diagnostic, Entry, KubeObject, SourceRef } from '../../model/index.ts';
import type { KubectlCommand } from './command.ts';
import { flagValue } from './flags.ts';
import { fail, ok, type KubectlResult } from './types.ts';

export const applyCommand: KubectlCommand = {
  name: 'apply',
  summary: "Apply the editor's manifest to the cluster",
  usage: 'kubectl apply -f FILE   (any file name, or -: the editor\'s text is what gets applied)',
  flags: [{ long: 'filename', short: 'f', kind: 'string' }, { long: 'recursive', short: 'R', kind: 'boolean' }],
  run: (cluster, parsed, context) => {
    const file = flagValue(parsed, 'filename');
    if (file === undefined) return fail("error: must specify one of -f and -k\n\nSee 'kubectl apply -h' for help and examples");
    if (parsed.positionals.length > 0) return fail(`error: Unexpected args: [${parsed.positionals.join(' ')}]\nSee 'kubectl apply -h' for help and examples`);
    if ((context.manifest ?? '').trim() === '') return fail(`error: no objects passed to apply`);
    return reportApply(cluster, file);
  },
};

/** What `kubectl apply` prints for the cluster built from the manifest. */
export function reportApply(cluster: Cluster, file: string): KubectlResult {
  const errors = cluster.diagnostics.filter((d) => d.severity === 'error');
  // The builder parses every document before anything is sent: a syntax error applies nothing.
  const syntax = errors.find((d) => d.code === 'YAML_SYNTAX' || d.code === 'NOT_AN_OBJECT' || d.code === 'MISSING_KIND');
  if (syntax !== undefined) return fail(`error: error parsing ${file}: ${syntax.message}`);
  const created = inputEntries(cluster).map((entry) => `${kindPrefix(entry.object as Partial<KubeObject>)}/${(entry.object as Partial<KubeObject>).metadata?.name ?? ''} created\n`);
  const refusals = refusalMessages(errors, file);
  return { ...ok(created.join('')), stderr: refusals.join(''), exitCode: refusals.length > 0 ? 1 : 0 };
}

function inputEntries(cluster: Cluster): Entry<object>[] {
  const all: Entry<object>[] = [
    ...cluster.namespaces, ...cluster.nodes, ...cluster.services, ...cluster.pods, ...cluster.deployments, ...cluster.replicaSets,
    ...cluster.statefulSets, ...cluster.daemonSets, ...cluster.replicationControllers, ...cluster.endpoints, ...cluster.endpointSlices,
    ...cluster.ingresses, ...cluster.ingressClasses, ...cluster.networkPolicies,
    ...cluster.gatewayClasses, ...cluster.gateways, ...cluster.httpRoutes, ...cluster.referenceGrants, ...cluster.others,
  ];
  return all.filter((entry) => entry.origin === 'input' && entry.source !== undefined).sort((a, b) => compareSources(a.source!, b.source!));
}

function compareSources(a: SourceRef, b: SourceRef): number {
  return a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.document - b.document || (a.item ?? 0) - (b.item ?? 0);
}

/** `service`, `deployment.apps`, `ingress.networking.k8s.io`: the lower-cased kind and the API group. */
function kindPrefix(object: Partial<KubeObject>): string {
  const apiVersion = object.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const kind = (object.kind ?? '').toLowerCase();
  return group === '' ? kind : `${kind}.${group}`;
}

/** One message per rejected object, its field errors gathered as the API server's Status causes. */
function refusalMessages(errors: readonly Diagnostic[], file: string): string[] {
  const byObject = new Map<string, Diagnostic[]>();
  const loose: string[] = [];
  for (const error of errors) {
    if (error.object === undefined) loose.push(`error: ${error.message}\n`);
    else byObject.set(error.object, [...(byObject.get(error.object) ?? []), error]);
  }
  const messages = [...byObject].map(([key, diagnostics]) => refusal(key, diagnostics, file));
  return [...messages, ...loose];
}

function refusal(key: string, diagnostics: readonly Diagnostic[], file: string): string {
  const [kind = '', ...rest] = key.split('/');
  const name = rest.at(-1) ?? '';
  const first = diagnostics[0];
  if (first?.code === 'UNKNOWN_KIND') return `error: resource mapping not found for name: "${name}" namespace: "${rest.length > 1 ? (rest[0] ?? '') : ''}" from "${file}": ${first.message}\nensure CRDs are installed first\n`;
  if (first?.code === 'ALREADY_EXISTS') return `Error from server (AlreadyExists): error when creating "${file}": ${first.message.replace(/ \(first defined at .*\)$/, '')}\n`;
  const causes = diagnostics.map((d) => (d.field !== undefined ? `${d.field}: ${d.message}` : d.message));
  const title = `The ${kind} "${name}" is invalid: `;
  // helpers.go MultilineError: one cause inline, several as a list under the title.
  return causes.length === 1 ? `${title}${causes[0] ?? ''}\n` : `${title}\n${causes.map((cause) => `* ${cause}\n`).join('')}`;
}
