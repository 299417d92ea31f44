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

type Defaulter = (obj: Record<string, unknown>) => void;

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
 * An object a cluster stored is defaulted already: the copy then dies young and `obj` is kept, so
 * that a dump's 50,000 objects are not held twice (the copies were most of what admission left for
 * the garbage collector to move). Admitted objects are never written to after this.
 */
export function defaultObject(obj: KubeObject): KubeObject {
  if (!isRecord(obj)) return obj;
  const defaulter = DEFAULTERS[`${apiGroupOf(asString(obj.apiVersion))}/${asString(obj.kind)}`];
  if (defaulter === undefined) return obj;
  const copy = cloneJson(obj) as KubeObject & Record<string, unknown>;
  defaulter(copy);
  return sameJson(copy, obj) ? obj : copy;
}
