import { memo, useState } from 'react';
import { useExplorer } from '../../store/index.ts';
import { encodeFragment } from './share-link.ts';

type Shared = { readonly state: 'idle' } | { readonly state: 'copied' | 'shown'; readonly url: string };

/**
 * Copies a link that carries the manifest in its fragment (DESIGN.md "Share link"). Where the
 * clipboard is refused, the link is shown to copy by hand.
 */
export const ShareButton = memo(function ShareButton() {
  const text = useExplorer((s) => s.text);
  const selected = useExplorer((s) => s.packet?.service);
  const [shared, setShared] = useState<Shared>({ state: 'idle' });

  const share = async () => {
    const params = new Map(selected === undefined ? [] : [['svc', selected]]);
    const url = `${window.location.origin}${window.location.pathname}${await encodeFragment({ manifest: text, params })}`;
    // The address bar carries the link too, so a reload keeps what was shared.
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setShared({ state: 'copied', url });
    } catch {
      setShared({ state: 'shown', url });
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        Share
      </button>
      {shared.state === 'copied' && (
        <span role="status" className="share-note">
          Link copied
        </span>
      )}
      {shared.state === 'shown' && (
        <input aria-label="Share link" readOnly value={shared.url} onFocus={(event) => event.currentTarget.select()} />
      )}
    </div>
  );
});
