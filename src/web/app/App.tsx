import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { ProxyMode, RRType, RuntimeEvent } from '../../model/index.ts';
import type { Finding, OutlineItem } from '../../worker/protocol.ts';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { DnsPanel } from '../features/dns/DnsPanel.tsx';
import { ManifestEditor, type JumpTarget } from '../features/editor/ManifestEditor.tsx';
import { flushPendingEdit } from '../features/editor/pending-edit.ts';
import { ExampleGallery } from '../features/gallery/ExampleGallery.tsx';
import { FindObject } from '../features/find/FindObject.tsx';
import { NamespaceSelect } from '../features/find/NamespaceSelect.tsx';
import { overviewNote } from '../features/find/scope-text.ts';
import { ClusterSettings } from '../features/source/ClusterSettings.tsx';
import { InputModeSelect } from '../features/source/InputModeSelect.tsx';
import { GatewayApiToggle } from '../features/source/GatewayApiToggle.tsx';
import { KubeVersionSelect } from '../features/source/KubeVersionSelect.tsx';
import { OpenFileButton } from '../features/source/OpenFileButton.tsx';
import { useFileDrop } from '../features/source/useFileDrop.ts';
import { useOpenFile } from '../features/source/useOpenFile.ts';
import { HistoryDialog } from '../features/history/HistoryDialog.tsx';
import { ClusterGraph } from '../features/graph/ClusterGraph.tsx';
import { drawnBoxOf, nodeOrMember } from '../features/graph/flow/members.ts';
import { EventsPanel } from '../features/events/EventsPanel.tsx';
import { findingMarks } from '../features/findings/finding-marks.ts';
import { FindingsPanel } from '../features/findings/FindingsPanel.tsx';
import { concealAnswers } from '../features/learn/conceal.ts';
import { LearnPanel } from '../features/learn/LearnPanel.tsx';
import type { Reveal } from '../../present/learn/index.ts';
import { ProblemsList } from '../features/output/ProblemsList.tsx';
import { ExportButtons } from '../features/share/ExportButtons.tsx';
import { ShareDialog } from '../features/share/ShareDialog.tsx';
import { usePacketRun } from '../features/trace/usePacketRun.ts';
import { RulesPanel } from '../features/rules/RulesPanel.tsx';
import { TraceSummary } from '../features/trace/TraceSummary.tsx';
import { GatewayRequestForm } from '../features/trace/GatewayRequestForm.tsx';
import { TrafficPicker } from '../features/trace/TrafficPicker.tsx';
import { KubectlTerminal } from '../features/terminal/KubectlTerminal.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { isBroken, isStopped, refusedBoxes, useExplorer, useExplorerStore, useVersionedText, type PacketRequest } from '../store/index.ts';
import { SplitHandle } from '../ui/SplitHandle.tsx';
import { useSettled } from '../ui/useSettled.ts';
import { useExpanded } from '../ui/useExpanded.ts';
import { useStoredShare } from '../ui/useStoredShare.ts';
import { useAfterFirstGraph } from './after-first-graph.ts';
import { useMediaQuery } from '../ui/useMediaQuery.ts';
import { BuildStatus } from './BuildStatus.tsx';
import { exampleText } from './examples.ts';
import { loadPageModel } from './in-page-builds.ts';
import { markEdit, useKeystrokeLatency } from './latency.ts';
import type { ModelClient } from './model-client.ts';
import { Notices } from './Notices.tsx';
import { PanelsExpandButton } from './PanelsExpandButton.tsx';
import type { TextKeeper } from './storage/text-keeper.ts';

/** How long a refusal or a syntax error must last before the graph says so: a pause in typing. */
const HOLD_PAUSE_MS = 150;
/** The editor's share of the page's width: a third by default, so that the graph gets two. */
const EDITOR_SHARE = { initial: 1 / 3, min: 0.2, max: 0.6 } as const;
/** The panels' share of the graph's column: a third by default, as the graph is the page's picture. */
const PANELS_SHARE = { initial: 0.32, min: 0.15, max: 0.75 } as const;

const EMPTY_OUTLINE: readonly OutlineItem[] = [];

interface Props {
  /** Why the share link the page was opened with could not be read. */
  readonly startProblem: string | undefined;
  /** The share link's parameters: `svc` names the Service whose packet to show. */
  readonly startParams: ReadonlyMap<string, string>;
  /** Saves the user's texts, and gives back those of the history. */
  readonly keeper: TextKeeper;
  /** The model worker's connection, made before the first render so that the first build starts at once. */
  readonly model: ModelClient;
}

export function App({ startProblem, startParams, keeper, model }: Props) {
  const store = useExplorerStore();

  const text = useVersionedText();
  const exampleId = useExplorer((s) => s.exampleId);
  const built = useExplorer((s) => s.built);
  const editorMayLoad = useAfterFirstGraph();
  // Below this width the cluster settings took a toolbar row of their own, out of the graph's height.
  const settingsFit = useMediaQuery('(min-width: 1600px)');
  const lastGood = useExplorer((s) => s.lastGood);
  const selected = useExplorer((s) => s.selected);
  const highlight = useExplorer((s) => s.highlight);
  const packet = useExplorer((s) => s.packet);
  const theme = useExplorer((s) => s.theme);
  const dnsAnswer = useExplorer((s) => s.dnsAnswer);
  const trace = useExplorer((s) => s.trace);
  const rules = useExplorer((s) => s.rules);
  const details = useExplorer((s) => s.details);
  const tables = useExplorer((s) => s.tables);
  const changed = useExplorer((s) => s.changed);
  const terminal = useExplorer((s) => s.terminal);
  const history = useExplorer((s) => s.history);
  const learning = useExplorer((s) => s.learning);
  const propagation = useExplorer((s) => s.propagation);
  const manifestHistory = useExplorer((s) => s.manifestHistory);
  const stopped = useExplorer((s) => isStopped(s.trouble));
  const inputMode = useExplorer((s) => s.inputMode);
  const kubeVersion = useExplorer((s) => s.kubeVersion);
  const gatewayApi = useExplorer((s) => s.gatewayApi);
  const {
    edit,
    replace,
    selectBox,
    selectLine,
    sendPacket,
    toggleTheme,
    addEvents,
    rewindTo,
    clearTerminal,
    setInputMode,
    setKubeVersion,
    setGatewayApi,
    setGraphNamespace,
  } = store.getState();

  const [jump, setJump] = useState<JumpTarget | undefined>();
  const jumpTo = useCallback((line: number, column: number) => setJump({ line, column, at: Date.now() }), []);
  const onEdit = useCallback(
    (next: string, replacedMost: boolean, since: number) => {
      markEdit(since);
      edit(next, replacedMost);
    },
    [edit],
  );
  // A file opened or dropped replaces the whole text, as a paste over it would: the text before is put aside.
  const openFile = useExplorer((s) => s.openFile);
  const openedText = useCallback(
    (next: string, file: File) => {
      flushPendingEdit();
      markEdit();
      openFile(next, file);
    },
    [openFile],
  );
  const file = useOpenFile(openedText);
  const drop = useFileDrop(file.open);
  const [historyOpen, setHistoryOpen] = useState(false);
  const showHistory = useCallback(() => setHistoryOpen(true), []);
  const closeHistory = useCallback(() => setHistoryOpen(false), []);
  const restoreEntry = useCallback(
    (id: string) => {
      setHistoryOpen(false);
      void keeper.restore(id);
    },
    [keeper],
  );
  const choose = useCallback(
    (id: string) => {
      // The last keystrokes of a large text, held back by the editor, are put aside with it.
      flushPendingEdit();
      replace(exampleText(id) ?? '', id);
    },
    [replace],
  );
  // The last question is asked again of every new cluster: a killed Pod changes a headless Service's answer.
  const [dnsQuestion, setDnsQuestion] = useState<{ name: string; type: RRType; from: string | undefined } | undefined>();
  const askDns = useCallback((name: string, type: RRType, from?: string) => setDnsQuestion({ name, type, from }), []);
  const loadPageModelWithText = useCallback(() => loadPageModel(() => store.getState().text), [store]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // A half-typed value the API server refuses leaves the last good graph on screen, as broken YAML
  // does; only once typing pauses does the graph say so (dimmed, or the refused box marked).
  const broken = isBroken(built);
  const refused = useMemo(() => refusedBoxes(built, lastGood), [built, lastGood]);
  const shown = broken || refused.length > 0 ? lastGood : built;
  // Only a build of the text on screen counts: while the user types ahead of the worker, the
  // refusals of a word half-typed a keystroke ago are already out of date.
  const current = useExplorer((s) => s.builtRevision === s.textRevision);
  const builtRevision = useExplorer((s) => s.builtRevision);
  const brokenSettled = useSettled(broken && current, HOLD_PAUSE_MS, builtRevision);
  const refusedSettled = useSettled(refused.length > 0 && current, HOLD_PAUSE_MS, builtRevision);
  useKeystrokeLatency(shown);
  const services = useMemo(() => shown?.services ?? [], [shown]);
  // A Pod folded into its workload's group box is still chosen on its own: the graph shows its group.
  const selectedNode = useMemo(() => nodeOrMember(shown?.graph, selected), [shown, selected]);
  const selectedBox = useMemo(() => drawnBoxOf(shown?.graph, selected), [shown, selected]);
  const packetService = services.find((s) => `${s.namespace}/${s.name}` === packet?.service);
  const selectedService = services.find((s) => s.id === selected) ?? packetService;

  const ingressEntries = useMemo(() => shown?.summary.ingressEntries ?? [], [shown]);
  const gatewayEntries = useMemo(() => shown?.summary.gatewayEntries ?? [], [shown]);
  const run = usePacketRun(services, ingressEntries, gatewayEntries, startParams.get('svc') ?? undefined);

  useEffect(() => {
    if (dnsQuestion !== undefined) model.askDns(dnsQuestion.name, dnsQuestion.type, dnsQuestion.from);
  }, [model, dnsQuestion, shown]);

  const [editorShare, setEditorShare] = useStoredShare('kse.editor-share', EDITOR_SHARE.initial, EDITOR_SHARE.min, EDITOR_SHARE.max);
  const [panelsShare, setPanelsShare] = useStoredShare('kse.panels-share', PANELS_SHARE.initial, PANELS_SHARE.min, PANELS_SHARE.max);
  // The panels over the whole window, as the graph can be, for a long kubectl session or trace.
  const { expanded: panelsExpanded, toggle: togglePanels, onKeyDown: onPanelsKey } = useExpanded();
  const [tab, setTab] = useState('trace');
  // While a Learn challenge waits for its answer, the graph holds back what would give it away.
  const [predicting, setPredicting] = useState(false);
  const concealed = predicting && tab === 'learn';
  const drawn = useMemo(() => (concealed && shown !== undefined ? concealAnswers(shown.graph) : shown?.graph), [concealed, shown]);
  // A click on a box is a question about it: its details answer, unless DNS is being asked about it.
  const onBox = useCallback(
    (id: string | undefined) => {
      selectBox(id);
      if (id !== undefined) setTab((current) => (current === 'dns' ? current : 'details'));
    },
    [selectBox],
  );
  // Asked while the Details tab is open, as the rules are: each answer would otherwise hold up the
  // worker after every build, and with it the next keystroke's graph (a 1,000-endpoint Service's
  // describe is tens of milliseconds).
  const objectKey = selectedNode?.data.objectKey;
  useEffect(() => {
    if (objectKey !== undefined && tab === 'details') model.askDetails(objectKey);
  }, [model, objectKey, tab, shown]);
  const [proxyMode, setProxyMode] = useState<ProxyMode>('iptables');
  const packetNode = packet?.node;
  useEffect(() => {
    if (tab === 'rules') model.askRules(proxyMode, packetNode);
  }, [model, tab, proxyMode, packetNode, shown]);
  // Printed for the kubectl tab only: 30 ms and hundreds of kilobytes a build for a dump.
  useEffect(() => {
    if (tab === 'kubectl') model.askTables();
  }, [model, tab, shown]);
  const onSend = useCallback((request: PacketRequest) => sendPacket(request), [sendPacket]);
  const onGatewayRequest = useCallback((gateway: NonNullable<PacketRequest['gateway']>) => sendPacket({ gateway }), [sendPacket]);
  const runKubectl = useCallback((line: string) => model.runKubectl(line), [model]);
  // port-forward reaches one Pod, past the Service: the graph points at it.
  const forwardedPod = terminal.at(-1)?.result.portForward?.pod;
  useEffect(() => {
    if (forwardedPod !== undefined) selectBox(`pod:${forwardedPod}`);
  }, [forwardedPod, terminal.length, selectBox]);
  const completeKubectl = useCallback(
    (line: string, done: (start: number, candidates: readonly string[]) => void) => model.complete(line, done),
    [model],
  );
  const onEvent = useCallback((event: RuntimeEvent) => addEvents([event]), [addEvents]);
  const measure = useCallback((nodes: number, endpointsPerService: number) => model.askPropagation(nodes, endpointsPerService), [model]);
  useEffect(() => {
    if (tab === 'learn') model.askChallenges(exampleId, '');
  }, [model, tab, exampleId, shown]);
  const reveal = useCallback(
    ({ packet: shownPacket, dns, select, kubectl, tab: revealTab }: Reveal) => {
      if (shownPacket !== undefined) {
        sendPacket(shownPacket);
      }
      if (dns !== undefined) askDns(dns.name, dns.type, dns.from);
      if (select !== undefined) selectBox(select);
      if (kubectl !== undefined) model.runKubectl(`kubectl ${kubectl}`);
      setTab(revealTab ?? (kubectl !== undefined ? 'kubectl' : dns !== undefined ? 'dns' : 'trace'));
    },
    [model, sendPacket, askDns, selectBox],
  );

  const overview = overviewNote(shown?.scope);
  const findings = useMemo(() => shown?.findings ?? [], [shown]);
  const marks = useMemo(() => {
    const all = new Map<string, string>();
    for (const [id, severity] of findingMarks(findings)) all.set(id, `kse-finding--${severity}`);
    for (const id of changed) all.set(id, [all.get(id), 'kse-changed'].filter(Boolean).join(' '));
    if (refusedSettled) for (const id of refused) all.set(id, 'kse-refused');
    return all;
  }, [findings, changed, refused, refusedSettled]);
  const refusedKey = refusedSettled ? lastGood?.graph.nodes.find((n) => n.id === refused[0])?.data.objectKey : undefined;
  const refusal = built?.diagnostics.find((d) => d.severity === 'error' && d.object !== undefined && d.object === refusedKey);
  const graphNote = refusal && (
    <p className="kse-graph__note kse-graph__note--refused" role="status">
      {/* `Service/monitoring/debug-ui` reads as kubectl names it: Service monitoring/debug-ui. */}
      {refusal.object?.replace('/', ' ')} is refused by the API server: the graph shows it as it was.{' '}
      <button type="button" onClick={() => jumpTo(refusal.range.line, refusal.range.column)}>
        Show the error
      </button>
    </p>
  );
  const showFindings = useCallback(() => setTab('findings'), []);
  const showFinding = useCallback(
    (finding: Finding) => {
      if (finding.graphId !== undefined) selectBox(finding.graphId);
      jumpTo(finding.diagnostic.range.line, finding.diagnostic.range.column);
    },
    [selectBox, jumpTo],
  );

  return (
    <div className="app">
      <header>
        <h1>Kube Service Explorer</h1>
        <ExampleGallery selected={exampleId} onSelect={choose} />
        <OpenFileButton reading={file.reading} problem={file.problem} onFile={file.open} />
        <p className="tagline">Services, Endpoints and DNS as a real cluster does them. Nothing leaves your browser.</p>
        {manifestHistory.length > 0 && (
          <button type="button" className="history-open" onClick={showHistory} aria-haspopup="dialog" title="Your earlier manifests">
            Restore…
          </button>
        )}
        <HistoryDialog entries={manifestHistory} open={historyOpen} onClose={closeHistory} onRestore={restoreEntry} />
        <ShareDialog />
        <button type="button" className="theme-toggle" onClick={toggleTheme} aria-label={theme === 'dark' ? 'Use light theme' : 'Use dark theme'}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </header>
      <Notices startProblem={startProblem} onShowHistory={showHistory} />
      <main style={{ '--kse-editor-share': `${(editorShare * 100).toFixed(1)}%` } as CSSProperties}>
        <div className={drop.over ? 'left left--drop' : 'left'} {...drop.handlers}>
          <ManifestEditor
            load={editorMayLoad}
            text={text}
            onChange={onEdit}
            jumpTo={jump}
            diagnostics={built?.diagnostics}
            highlight={highlight}
            onCursorLine={selectLine}
            theme={theme}
            onReady={loadPageModelWithText}
          />
          <ProblemsList diagnostics={built?.diagnostics ?? []} findings={built?.findings ?? []} onJump={jumpTo} onShowFindings={showFindings} />
        </div>
        <SplitHandle label="Resize the editor and the graph" value={editorShare} min={EDITOR_SHARE.min} max={EDITOR_SHARE.max} initial={EDITOR_SHARE.initial} onChange={setEditorShare} />
        <div className="right" style={{ '--kse-panels-share': `${(panelsShare * 100).toFixed(1)}%` } as CSSProperties} onKeyDown={onPanelsKey}>
          <div className="graph-toolbar">
            <TrafficPicker
              services={services}
              clientPods={shown?.summary.clientPods ?? []}
              nodes={shown?.summary.nodes ?? []}
              entries={ingressEntries}
              gatewayEntries={gatewayEntries}
              packet={packet}
              onSend={onSend}
            />
            {packet?.gateway !== undefined && <GatewayRequestForm request={packet.gateway} onChange={onGatewayRequest} />}
            <ExportButtons graph={shown?.graph} theme={theme} />
            <NamespaceSelect scope={shown?.scope} onNamespace={setGraphNamespace} />
            <FindObject graph={shown?.graph} outline={shown?.outline ?? EMPTY_OUTLINE} onFound={onBox} namespace={shown?.scope.namespace} onNamespace={setGraphNamespace} />
            <ClusterSettings folded={!settingsFit} mode={inputMode} version={kubeVersion} gatewayApi={shown?.summary.gatewayApi.installed ?? false}>
              <InputModeSelect mode={inputMode} onMode={setInputMode} />
              <KubeVersionSelect version={kubeVersion} onVersion={setKubeVersion} />
              <GatewayApiToggle installed={shown?.summary.gatewayApi.installed ?? false} inText={shown?.summary.gatewayApi.inText ?? false} chosen={gatewayApi} onChange={setGatewayApi} />
            </ClusterSettings>
            <BuildStatus shown={shown} built={built} held={brokenSettled || refusedSettled} />
          </div>
          <ClusterGraph
            graph={drawn}
            onScreenOnly={shown?.scope.large === true}
            stale={brokenSettled || stopped}
            note={
              graphNote ??
              (concealed ? (
                <p className="kse-graph__note" role="status">
                  DNS answers, endpoints and the packet are hidden until you check your prediction
                </p>
              ) : (
                overview !== undefined && <p className="kse-graph__note kse-graph__note--scope">{overview}</p>
              ))
            }
            selected={selectedBox}
            onSelect={onBox}
            packet={concealed ? undefined : run}
            theme={theme}
            marks={marks}
          />
          <SplitHandle
            label="Resize the graph and the panels"
            orientation="horizontal"
            measures="after"
            value={panelsShare}
            min={PANELS_SHARE.min}
            max={PANELS_SHARE.max}
            initial={PANELS_SHARE.initial}
            onChange={setPanelsShare}
          />
          <Tabs
            label="Panels"
            className={panelsExpanded ? 'tabs--expanded' : undefined}
            actions={<PanelsExpandButton expanded={panelsExpanded} onToggle={togglePanels} />}
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: 'details', label: 'Details', panel: <DetailsPanel node={selectedNode} details={details} onSelect={onBox} /> },
              { id: 'trace', label: 'Packet path', panel: <TraceSummary result={trace} affinity={packetService?.sessionAffinity === 'ClientIP'} /> },
              {
                id: 'dns',
                label: 'DNS',
                panel: <DnsPanel answer={dnsAnswer} namespaces={shown?.summary.namespaces ?? []} service={selectedService} onAsk={askDns} />,
              },
              {
                id: 'rules',
                label: 'kube-proxy rules',
                panel: <RulesPanel result={rules} mode={proxyMode} onMode={setProxyMode} service={packetService?.id} onSelectBox={selectBox} />,
              },
              {
                id: 'kubectl',
                label: 'kubectl',
                panel: (
                  <KubectlTerminal
                    tables={tables}
                    stale={broken}
                    entries={terminal}
                    history={history}
                    onRun={runKubectl}
                    onComplete={completeKubectl}
                    onClear={clearTerminal}
                    active={tab === 'kubectl'}
                  />
                ),
              },
              {
                id: 'events',
                label: shown && shown.events.length > 0 ? `What if (${shown.events.length})` : 'What if',
                panel: (
                  <EventsPanel
                    pods={shown?.summary.clientPods ?? []}
                    nodes={shown?.summary.nodes ?? []}
                    workloads={shown?.workloads ?? []}
                    selected={selected}
                    outcomes={shown?.events ?? []}
                    onEvent={onEvent}
                    onRewind={rewindTo}
                    propagation={propagation}
                    active={tab === 'events'}
                    onMeasure={measure}
                  />
                ),
              },
              {
                id: 'findings',
                label: findings.length > 0 ? `Troubleshooting (${findings.length})` : 'Troubleshooting',
                panel: <FindingsPanel findings={findings} onShow={showFinding} />,
              },
              {
                id: 'learn',
                label: 'Learn',
                panel: <LearnPanel learning={learning} exampleId={exampleId} onLoadExample={choose} onReveal={reveal} onPredicting={setPredicting} />,
              },
            ]}
          />
        </div>
      </main>
    </div>
  );
}
