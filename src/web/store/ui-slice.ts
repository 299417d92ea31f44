/**
 * The page's own settings: the colour theme, how the text is read (manifests or a cluster dump),
 * and the Kubernetes version simulated.
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
  });
}
