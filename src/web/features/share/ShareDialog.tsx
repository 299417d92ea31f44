import { memo, useRef, useState } from 'react';
import { useExplorer, useExplorerStore } from '../../store/index.ts';
import { encodeFragment, MAX_SHARED_MANIFEST_BYTES } from './share-link.ts';
import { inputModeParams } from './input-mode-param.ts';
import { kubeVersionParams } from './kube-version-param.ts';
import { namespaceParams } from './namespace-param.ts';
import { EVENTS_PARAM, writeEvents } from './events-param.ts';

interface Links {
  /** The manifest alone (DESIGN.md "Share link"). */
  readonly plain: string;
  /** With the Service whose packet plays preselected (`&svc=`), when one is chosen. */
  readonly withService: string | undefined;
  /** The graph alone, for an iframe (`?embed`). */
  readonly embed: string;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function iframeSnippet(embed: string, service: string | undefined): string {
  const title = `Kube Service Explorer: ${service ?? 'Services and their Pods'}`;
  return `<iframe src="${escapeAttribute(embed)}" title="${escapeAttribute(title)}" width="100%" height="420" style="border: 0" loading="lazy"></iframe>`;
}

function CopyField({ label, value }: { readonly label: string; readonly value: string }) {
  const [copied, setCopied] = useState<'copied' | 'refused' | undefined>();
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setCopied('copied'),
      () => setCopied('refused'),
    );
  };
  return (
    <div className="copy-field">
      <label>
        <span>{label}</span>
        <input readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" onClick={copy}>
        Copy {label.toLowerCase()}
      </button>
      {copied && (
        <span role="status" className="share-note">
          {copied === 'copied' ? 'Copied' : 'The browser refused the clipboard: select the text and copy it'}
        </span>
      )}
    </div>
  );
}

/**
 * Share: the link (the manifest travels in the fragment, never to a server), the link with the
 * packet's Service preselected, and an iframe of the embed view with a live preview.
 */
export const ShareDialog = memo(function ShareDialog() {
  // Read when the dialog opens: a subscription would compare the text at every edit.
  const store = useExplorerStore();
  const service = useExplorer((s) => s.packet?.service);
  const events = useExplorer((s) => s.events);
  const kubeVersion = useExplorer((s) => s.kubeVersion);
  const inputMode = useExplorer((s) => s.inputMode);
  const graphNamespace = useExplorer((s) => s.graphNamespace);
  const dialog = useRef<HTMLDialogElement>(null);
  const [links, setLinks] = useState<Links | undefined>();
  /** The manifest's size when it is more than a link may carry: such a link would not open. */
  const [tooLarge, setTooLarge] = useState<number | undefined>();

  const open = async () => {
    const { text } = store.getState();
    const size = new TextEncoder().encode(text).length;
    if (size > MAX_SHARED_MANIFEST_BYTES) {
      setLinks(undefined);
      setTooLarge(size);
      dialog.current?.showModal();
      return;
    }
    setTooLarge(undefined);
    const base = `${window.location.origin}${window.location.pathname}`;
    // The simulated Kubernetes version, how the text is read, the namespace drawn (each unless it is
    // the default) and the What-if timeline travel too, so the link opens on the same changed cluster.
    const timeline: [string, string][] = [
      ...kubeVersionParams(kubeVersion),
      ...inputModeParams(inputMode),
      ...namespaceParams(graphNamespace),
      ...(events.length > 0 ? [[EVENTS_PARAM, writeEvents(events)] as [string, string]] : []),
    ];
    const plain = await encodeFragment({ manifest: text, params: new Map(timeline) });
    const chosen = service === undefined ? undefined : await encodeFragment({ manifest: text, params: new Map([['svc', service], ...timeline]) });
    const next = { plain: base + plain, withService: chosen === undefined ? undefined : base + chosen, embed: `${base}?embed${chosen ?? plain}` };
    // The address bar carries the link too, so a reload keeps what was shared.
    window.history.replaceState(null, '', next.withService ?? next.plain);
    setLinks(next);
    dialog.current?.showModal();
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void open()} aria-haspopup="dialog">
        Share
      </button>
      <dialog ref={dialog} aria-label="Share" className="share-dialog" onClick={(event) => event.target === dialog.current && dialog.current.close()}>
        <header>
          <h2>Share</h2>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
            ×
          </button>
        </header>
        {tooLarge !== undefined && (
          <div className="share-body">
            <p className="empty">
              This manifest is {(tooLarge / 1_000_000).toFixed(1)} MB: a share link carries up to {MAX_SHARED_MANIFEST_BYTES / 1_000_000} MB, so
              a link to it would not open. Export the graph as SVG or PNG, or send the manifest itself.
            </p>
          </div>
        )}
        {links && (
          <div className="share-body">
            <p className="empty">
              The manifest travels inside the link, after the #: no server ever receives it.
              {events.length > 0 && ` So do the ${events.length === 1 ? 'event' : `${events.length} events`} of the What-if timeline.`}
            </p>
            <CopyField label="Link" value={links.plain} />
            {links.withService && service && <CopyField label={`Link to ${service}`} value={links.withService} />}
            <CopyField label="Embed code" value={iframeSnippet(links.embed, service)} />
            <iframe className="share-preview" src={links.embed} title="Preview of the embed" />
          </div>
        )}
      </dialog>
    </div>
  );
});
