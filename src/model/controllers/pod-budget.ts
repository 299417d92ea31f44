/**
 * How many Pods the simulator materialises. A workload of 2,147,483,647 replicas is valid (the
 * apiserver accepts any int32), and so is a DaemonSet over 100,000 Nodes: materialising each of
 * their Pods would take minutes and gigabytes. So each workload materialises at most `perWorkload`
 * Pods, and all the workloads together at most `cluster`, granted in the order the objects are
 * created; past the cluster's budget a workload still gets one Pod, so that every Service, finding
 * and DNS answer still has a Pod to show. The Pods left out are counted (see unsimulated-pods.ts).
 * Pods the input writes are never limited: a dump of 30,000 Pods shows every one.
 *
 * Measured on the team's two-core machine, CPU time of warm runs (`npm run bench:model -- --large`
 * prints the same table): a generated Pod costs buildCluster about 0.2 ms and the graph about
 * 0.05 ms, so 1,000 Pods of one workload build in about 0.4 s and 5,000 in all in about 1.2 s
 * (graph 0.25 s, 5,000 boxes); 10,000 took 2 s and 0.55 s. The explorer draws every Pod of a
 * Service, so the cluster's budget stays at 5,000. A workload gets twice the 1,000 addresses the
 * legacy Endpoints controller keeps (endpoints-controller.ts), so that a workload past that cap (the
 * guide's 1,200-replica Service) shows the truncation and its twelve EndpointSlices whole.
 */

export interface PodLimits {
  /** The most Pods one workload's controller materialises. */
  readonly perWorkload: number;
  /** The most generated Pods the whole cluster materialises (past it, one per workload). */
  readonly cluster: number;
}

export const POD_LIMITS: PodLimits = { perWorkload: 2_000, cluster: 5_000 };

export interface Grant {
  /** How many of the Pods wanted are materialised. */
  readonly pods: number;
  /** Why fewer than wanted, when fewer. */
  readonly limit?: 'workload' | 'cluster';
}

export interface PodBudget {
  /**
   * Grants `wanted` new Pods to an owner that already has `existing` materialised ones. Deterministic:
   * the same calls in the same order give the same grants.
   */
  grant(wanted: number, existing?: number): Grant;
  /** A generated Pod is gone (a runtime event deleted it): its place in the cluster's budget is free again. */
  release(pods: number): void;
}

export function createPodBudget(limits: PodLimits = POD_LIMITS): PodBudget {
  let left = limits.cluster;
  return {
    grant(wanted, existing = 0) {
      if (wanted <= 0) return { pods: 0 };
      const byWorkload = Math.max(limits.perWorkload - existing, 0);
      // Past the cluster's budget, an owner with no Pod yet still gets one.
      const byCluster = Math.max(left, existing === 0 ? 1 : 0);
      const pods = Math.min(wanted, byWorkload, byCluster);
      left = Math.max(left - pods, 0);
      if (pods === wanted) return { pods };
      return { pods, limit: byWorkload <= byCluster ? 'workload' : 'cluster' };
    },
    release(pods) {
      left = Math.min(left + pods, limits.cluster);
    },
  };
}
