/** The page's own settings: the colour theme. */
import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorer-store.ts';

export type Theme = 'light' | 'dark';

export interface UiSlice {
  readonly theme: Theme;
  readonly toggleTheme: () => void;
}

export function createUiSlice(initialTheme: Theme): StateCreator<ExplorerState, [], [], UiSlice> {
  return (set) => ({
    theme: initialTheme,
    toggleTheme() {
      set((state) => ({ theme: state.theme === 'dark' ? 'light' : 'dark' }));
    },
  });
}
