import { memo, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TerminalEntry } from '../../store/index.ts';
import { applyCompletion } from './complete-line.ts';
import { AT_PROMPT, stepHistory, type HistoryCursor } from './history.ts';
import './terminal.css';

/** The guide's "Essential Service Commands" and troubleshooting commands, one click from the prompt. */
const SUGGESTIONS: readonly string[] = [
  'kubectl get svc -A',
  'kubectl get endpoints -A',
  'kubectl get endpointslice -A',
  'kubectl get pods -o wide -A',
  'kubectl describe svc ',
  'kubectl get svc  -o yaml',
  'kubectl port-forward svc/ 8080:80',
  'kubectl run -it --rm debug --image=busybox -- nslookup ',
  'kubectl apply -f service.yaml',
];

const LIVE_COMMAND = 'kubectl get svc,endpoints,endpointslices -A -o wide';

interface Props {
  /** `kubectl get svc,endpoints,endpointslices -A -o wide` for the cluster on screen, kept live. */
  readonly tables: string;
  readonly stale: boolean;
  readonly entries: readonly TerminalEntry[];
  readonly history: readonly string[];
  readonly onRun: (line: string) => void;
  readonly onComplete: (line: string, done: (start: number, candidates: readonly string[]) => void) => void;
  readonly onClear: () => void;
  /** True while its tab is open: the prompt takes the focus, ready for a command. */
  readonly active?: boolean;
}

/**
 * A terminal on the simulated cluster: kubectl's own answers, printed by the same code as `kse get`.
 * Up and down walk the history, Tab completes resource types and names, `clear` empties the screen.
 */
export const KubectlTerminal = memo(function KubectlTerminal({ tables, stale, entries, history, onRun, onComplete, onClear, active = false }: Props) {
  const [line, setLine] = useState('');
  const [listed, setListed] = useState<readonly string[]>([]);
  const [cursor, setCursor] = useState<HistoryCursor>(AT_PROMPT);
  const input = useRef<HTMLInputElement>(null);
  const output = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active) input.current?.focus();
  }, [active]);

  useEffect(() => {
    const box = output.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [entries.length]);

  const run = (event: FormEvent) => {
    event.preventDefault();
    const command = line.trim();
    setListed([]);
    if (command === '') return;
    setLine('');
    setCursor(AT_PROMPT);
    if (command === 'clear') onClear();
    else onRun(command);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const next = stepHistory(history, cursor, line, event.key === 'ArrowUp' ? -1 : 1);
      setCursor(next.cursor);
      setLine(next.line);
    } else if (event.key === 'Tab' && line.trim() !== '') {
      // Tab completes while there is something to complete; on an empty line it moves focus on, as keyboard users expect.
      event.preventDefault();
      const asked = line;
      onComplete(asked, (start, candidates) => {
        const completion = applyCompletion(asked, start, candidates);
        setLine(completion.line);
        setListed(completion.listed);
      });
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      onClear();
    }
  };
  const suggest = (command: string) => {
    setLine(command);
    input.current?.focus();
  };

  return (
    <section className="terminal">
      <div className={stale ? 'terminal__screen stale' : 'terminal__screen'} role="region" aria-label="kubectl output" ref={output} tabIndex={0}>
        <div className="terminal__entry terminal__entry--live">
          <div className="terminal__prompt">
            <span aria-hidden="true">$ </span>
            <code>{LIVE_COMMAND}</code> <span className="terminal__badge">live</span>
          </div>
          <pre>{tables}</pre>
        </div>
        {entries.map((entry, i) => (
          <TerminalOutput key={i} entry={entry} />
        ))}
      </div>
      <form className="terminal__input" onSubmit={run}>
        <span className="terminal__sign" aria-hidden="true">
          $
        </span>
        <input
          ref={input}
          aria-label="kubectl command"
          value={line}
          onChange={(event) => {
            setLine(event.target.value);
            setListed([]);
          }}
          onKeyDown={onKeyDown}
          placeholder="kubectl get svc -A"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
        />
        <button type="submit">Run</button>
      </form>
      {listed.length > 0 && (
        <p className="terminal__completions" role="status">
          {listed.join('  ')}
        </p>
      )}
      <div className="terminal__suggestions" role="group" aria-label="Commands from the guide">
        {SUGGESTIONS.map((command) => (
          <button key={command} type="button" onClick={() => suggest(command)}>
            {command.trim()}
          </button>
        ))}
      </div>
    </section>
  );
});

function TerminalOutput({ entry }: { readonly entry: TerminalEntry }) {
  const { stdout, stderr, note, portForward } = entry.result;
  const copy = () => void navigator.clipboard?.writeText(`${stdout}${stderr}`).catch(() => undefined);
  return (
    <div className="terminal__entry">
      <div className="terminal__prompt">
        <span aria-hidden="true">$ </span>
        <code>{entry.line}</code>
        <button type="button" className="terminal__copy" onClick={copy} aria-label={`Copy the output of ${entry.line}`}>
          Copy
        </button>
      </div>
      {stdout !== '' && <pre>{stdout}</pre>}
      {stderr !== '' && <pre className="terminal__stderr">{stderr}</pre>}
      {portForward && (
        <p className="terminal__note">
          localhost:{portForward.localPort} → kube-apiserver → kubelet → Pod {portForward.pod}:{portForward.podPort}
        </p>
      )}
      {note !== undefined && <p className="terminal__note">{note}</p>}
    </div>
  );
}
