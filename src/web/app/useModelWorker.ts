import { useCallback, useEffect, useRef, useState } from 'react';
import type { ManifestSource, RRType } from '../../model/index.ts';
import type { WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';

type Built = Extract<WorkerResponse, { type: 'built' }>;

/**
 * The model worker, for a component: sends the manifest on every change and keeps only the answer
 * to the latest request of each kind, so a slow build never overwrites a newer one.
 */
export function useModelWorker(sources: readonly ManifestSource[]) {
  const worker = useRef<Worker | null>(null);
  const counter = useRef(0);
  const latest = useRef<Record<WorkerRequest['type'], number>>({ build: 0, dns: 0 });
  const [built, setBuilt] = useState<Built | undefined>();
  const [dns, setDns] = useState('');

  useEffect(() => {
    const instance = new Worker(new URL('../../worker/model.worker.ts', import.meta.url), { type: 'module' });
    instance.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'built' && response.id === latest.current.build) setBuilt(response);
      if (response.type === 'dns' && response.id === latest.current.dns) setDns(response.text);
    };
    worker.current = instance;
    return () => {
      instance.terminate();
      worker.current = null;
    };
  }, []);

  const post = useCallback((request: WorkerRequest) => {
    latest.current[request.type] = request.id;
    worker.current?.postMessage(request);
  }, []);

  useEffect(() => {
    post({ type: 'build', id: ++counter.current, sources });
  }, [post, sources]);

  const askDns = useCallback(
    (name: string, qtype: RRType, fromNamespace?: string) => {
      post({ type: 'dns', id: ++counter.current, name, qtype, ...(fromNamespace ? { fromNamespace } : {}) });
    },
    [post],
  );

  return { built, dns, askDns };
}
