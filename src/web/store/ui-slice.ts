/**
 * The page's own settings: the colour theme, how the text is read (manifests or a cluster dump),
 * the Kubernetes version simulated, whether its cluster has the Gateway API CRDs, and the namespace
 * the graph draws.
 */
import type { StateCreator } from 'zustand';
import type { InputMode } from '../../model/index.ts';
import { DEFAULT_KUBE_VERSION, type KubeVersion } from '../../model/versions/kube-version.ts';
import type { ExplorerState } from './explorer-store.ts';

export type Theme = 'light' | 'dark';

export interface UiSlice {
  readonly theme: Theme;
  readonly toggleTheme: () => void;
  /** `auto` decides per object from the fields only an API server sets; the others force one reading. */
  readonly inputMode: InputMode;
  readonly setInputMode: (mode: InputMode) => void;
  /** The Kubernetes minor version whose behaviour the model simulates (a share link's `v`). */
  readonly kubeVersion: KubeVersion;
  readonly setKubeVersion: (version: KubeVersion) => void;
  /**
   * Whether the Gateway API CRDs are installed, as the user set it; undefined: as the text says
   * (on when it holds gateway.networking.k8s.io objects, src/worker/gateway-api.ts).
   */
  readonly gatewayApi: boolean | undefined;
  readonly setGatewayApi: (installed: boolean | undefined) => void;
  /**
   * The namespace whose Services the graph draws, ALL_NAMESPACES, or undefined: every namespace
   * unless the cluster is too big to draw legibly, then the worker picks one (worker/graph-scope.ts).
   */
  readonly graphNamespace: string | undefined;
  readonly setGraphNamespace: (namespace: string | undefined) => void;
}

export function createUiSlice(initialTheme: Theme): StateCreator<ExplorerState, [], [], UiSlice> {
  return (set) => ({
    theme: initialTheme,
    toggleTheme() {
      set((state) => ({ theme: state.theme === 'dark' ? 'light' : 'dark' }));
    },
    inputMode: 'auto',
    setInputMode(inputMode) {
      set({ inputMode });
    },
    kubeVersion: DEFAULT_KUBE_VERSION,
    setKubeVersion(kubeVersion) {
      set({ kubeVersion });
    },
    gatewayApi: undefined,
    setGatewayApi(gatewayApi) {
      set({ gatewayApi });
    },
    graphNamespace: undefined,
    setGraphNamespace(graphNamespace) {
      set({ graphNamespace });
    },
  });
}
