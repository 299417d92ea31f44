import { explorerHomeHref } from './explorer-link.ts';
import { usePageTheme } from './usePageTheme.ts';

/** Why the embed has no graph to draw, and a way to the explorer, which opens on a working example. */
export function EmbedProblem({ message }: { readonly message: string }) {
  usePageTheme();
  return (
    <div className="kse-embed kse-embed--problem" role="alert">
      <p>{message}</p>
      <p>
        <a href={explorerHomeHref(window.location.href)} target="_blank" rel="noopener">
          Open Kube Service Explorer
        </a>
      </p>
    </div>
  );
}
