/**
 * Messages between the page and the model's Web Worker. Everything here is plain data: it crosses
 * postMessage by structured clone.
 */
import type { Diagnostic, ManifestSource, RRType } from '../model/index.ts';
import type { Graph } from '../present/graph/index.ts';

export type WorkerRequest =
  | { readonly type: 'build'; readonly id: number; readonly sources: readonly ManifestSource[] }
  | { readonly type: 'dns'; readonly id: number; readonly name: string; readonly qtype: RRType; readonly fromNamespace?: string };

export interface ClusterSummary {
  readonly services: number;
  readonly pods: number;
  readonly endpointSlices: number;
  readonly namespaces: readonly string[];
}

export type WorkerResponse =
  | {
      readonly type: 'built';
      readonly id: number;
      readonly diagnostics: readonly Diagnostic[];
      readonly summary: ClusterSummary;
      /** `kubectl get svc,endpoints,endpointslices -A -o wide` over the built cluster. */
      readonly tables: string;
      /** Every Service's path, laid out. */
      readonly graph: Graph;
      readonly millis: number;
    }
  | { readonly type: 'dns'; readonly id: number; readonly text: string };
