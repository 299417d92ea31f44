/**
 * defaultObject: the apiserver's defaulting per kind (the SetDefaults_* functions of each API
 * group's v1 defaults.go, and the create strategies that act like defaults). Pure: it never
 * touches its input, and returns a new object, or the input itself when defaulting changes nothing.
 */
import type { KubeObject } from '../objects.ts';
import { defaultEndpointSlice, defaultEndpoints, defaultIngressClass, defaultNamespace, defaultNetworkPolicy, defaultNode } from './defaults-other.ts';
import { defaultPod } from './defaults-pod.ts';
import { defaultService } from './defaults-service.ts';
import {
  defaultDaemonSet,
  defaultDeployment,
  defaultReplicaSet,
  defaultReplicationController,
  defaultStatefulSet,
} from './defaults-workloads.ts';
import { apiGroupOf, asString, cloneJson, isRecord, sameJson } from './guards.ts';
import { PROBE, WOULD_CHANGE, WRITE, type Mutable, type Writer } from './defaults-writer.ts';

type Defaulter = (obj: Mutable, w: Writer) => void;

const DEFAULTERS: Readonly<Record<string, Defaulter>> = {
  'core/Service': defaultService,
  'core/Pod': defaultPod,
  'core/Endpoints': defaultEndpoints,
  'core/Namespace': defaultNamespace,
  'core/Node': defaultNode,
  'core/ReplicationController': defaultReplicationController,
  'apps/Deployment': defaultDeployment,
  'apps/ReplicaSet': defaultReplicaSet,
  'apps/StatefulSet': defaultStatefulSet,
  'apps/DaemonSet': defaultDaemonSet,
  'discovery.k8s.io/EndpointSlice': defaultEndpointSlice,
  'networking.k8s.io/NetworkPolicy': defaultNetworkPolicy,
  'networking.k8s.io/IngressClass': defaultIngressClass,
};

/**
 * Applies the apiserver's defaults for `obj`'s kind; kinds without defaults come back unchanged.
 * An object a cluster stored is defaulted already: the defaulter first runs as a probe that
 * writes nothing, and `obj` itself is kept when it would write nothing, with no copy made (a dump's
 * 50,000 objects were each copied and compared here). Admitted objects are never written to after this.
 */
export function defaultObject(obj: KubeObject): KubeObject {
  if (!isRecord(obj)) return obj;
  const defaulter = DEFAULTERS[`${apiGroupOf(asString(obj.apiVersion))}/${asString(obj.kind)}`];
  if (defaulter === undefined) return obj;
  try {
    defaulter(obj, PROBE);
    return obj;
  } catch (error) {
    if (error !== WOULD_CHANGE) throw error;
  }
  const copy = cloneJson(obj) as KubeObject & Mutable;
  defaulter(copy, WRITE);
  return sameJson(copy, obj) ? obj : copy;
}
