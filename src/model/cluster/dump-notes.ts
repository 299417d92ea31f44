/**
 * What the Problems list says about a dump, once per file rather than once per object (a cluster
 * dump holds tens of thousands): that the file is loaded as stored state, what `kubectl apply`
 * would make of it on another cluster, the custom resources kept without being simulated, and the
 * ranges taken from it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import { objectKey } from '../objects.ts';
import { asRecord, asString } from '../resources/guards.ts';
import { serverSetFields } from './intent.ts';
import type { InferredRanges } from './stored-ranges.ts';

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const objects = (n: number): string => `${thousands(n)} object${n === 1 ? '' : 's'}`;

function describe(raw: RawObject): string | undefined {
  const metadata = asRecord(raw.value.metadata);
  const kind = asString(raw.value.kind);
  const name = asString(metadata?.name);
  if (kind === '' || name === '') return undefined;
  const namespace = asString(metadata?.namespace);
  return objectKey(kind, name, namespace === '' ? undefined : namespace);
}

/**
 * One note per file at its first stored object: read as a running cluster's stored state, and, when
 * its objects carry metadata.resourceVersion, why `kubectl apply -f` of the file on another cluster
 * would refuse them (etcd3 store.go Create: "resourceVersion should not be set on objects to be
 * created") and how to make it applicable.
 */
export function storedStateNotes(dumped: readonly RawObject[], forced: boolean): Diagnostic[] {
  const byFile = new Map<string, { first: RawObject; count: number; versioned: number; firstVersioned?: RawObject }>();
  for (const raw of dumped) {
    const file = byFile.get(raw.ref.file) ?? { first: raw, count: 0, versioned: 0 };
    file.count += 1;
    if (serverSetFields(raw.value).includes('metadata.resourceVersion')) {
      file.versioned += 1;
      file.firstVersioned ??= raw;
    }
    byFile.set(raw.ref.file, file);
  }
  return [...byFile.values()].map(({ first, count, versioned, firstVersioned }) => {
    const why = forced ? 'as --input dump asks' : 'they carry fields only an API server sets (metadata.resourceVersion, uid, managedFields)';
    const head = `${objects(count)} loaded as the stored state of a running cluster (${why}): their addresses, node ports and status are kept as they are, nothing is re-allocated or re-created, and a workload whose Pods are listed makes no others; the input mode "manifest" applies them as \`kubectl apply -f\` would instead`;
    const apply = versioned === 0
      ? ''
      : `. ${objects(versioned)} carry metadata.resourceVersion: \`kubectl apply -f\` of this file on another cluster would refuse each one ("resourceVersion should not be set on objects to be created"); delete metadata.resourceVersion (with uid, creationTimestamp, managedFields and status, which that cluster would set itself) to apply it there`;
    const at = firstVersioned ?? first;
    const object = describe(at);
    return {
      code: 'STORED_STATE',
      severity: 'info',
      message: head + apply,
      ...(object ? { object } : {}),
      ...(firstVersioned ? { field: 'metadata.resourceVersion' } : {}),
      range: at.locate(firstVersioned ? ['metadata', 'resourceVersion'] : []),
    } satisfies Diagnostic;
  });
}

/** One note per custom kind and file, at its first object: kept and listed, not simulated. */
export function customResourceNotes(custom: readonly RawObject[]): Diagnostic[] {
  const first = new Map<string, { raw: RawObject; count: number }>();
  for (const raw of custom) {
    const key = `${raw.ref.file}\u0000${asString(raw.value.apiVersion)}\u0000${asString(raw.value.kind)}`;
    const known = first.get(key);
    if (known) known.count += 1;
    else first.set(key, { raw, count: 1 });
  }
  return [...first.values()].map(({ raw, count }) => {
    const object = describe(raw);
    const kind = `${asString(raw.value.kind)} (${asString(raw.value.apiVersion)})`;
    return {
      code: 'KIND_NOT_SIMULATED',
      severity: 'info',
      message: `${count === 1 ? `a ${kind}` : `${thousands(count)} ${kind} objects`}: a custom resource, served because its CustomResourceDefinition is installed; kept and listed, not simulated`,
      ...(object ? { object } : {}),
      range: raw.locate(['kind']),
    } satisfies Diagnostic;
  });
}

/** Where the dump's Services leave the simulated ranges: which ranges the simulator took from it. */
export function inferredRangesNote(ranges: InferredRanges, defaults: { serviceCIDRs: readonly string[]; nodePortRange: { min: number; max: number } }): Diagnostic[] {
  if (ranges.evidence === undefined) return [];
  const { raw, path } = ranges.evidence;
  const parts: string[] = [];
  if (ranges.serviceCIDRs) {
    parts.push(`Service addresses from ${ranges.serviceCIDRs.join(' and ')} (kubeadm's default is ${defaults.serviceCIDRs.join(', ')}; the real range is kube-apiserver's --service-cluster-ip-range)`);
  }
  if (ranges.nodePortRange) {
    parts.push(`nodePorts from ${ranges.nodePortRange.min}-${ranges.nodePortRange.max} (the default is ${defaults.nodePortRange.min}-${defaults.nodePortRange.max}; the real range is --service-node-port-range)`);
  }
  const object = describe(raw);
  return [{
    code: 'RANGES_INFERRED',
    severity: 'info',
    message: `the dumped Services use addresses or ports outside the simulated cluster's ranges, so the cluster they came from was set up otherwise: they are kept as they are, and the simulator takes ${parts.join(', and ')}, the smallest ranges that hold them`,
    ...(object ? { object } : {}),
    range: raw.locate(path),
  }];
}
