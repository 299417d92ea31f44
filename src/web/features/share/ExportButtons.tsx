import { memo } from 'react';
import type { Graph } from '../../../present/graph/index.ts';
import { renderSvg } from '../../../present/svg/index.ts';

interface Props {
  readonly graph: Graph | undefined;
  readonly theme: 'light' | 'dark';
}

/** PNGs at twice the layout's size, so they stay sharp on high-density screens and in docs. */
const PNG_SCALE = 2;

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The SVG drawn onto a canvas by the browser itself: no server, no extra library. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * PNG_SCALE);
    canvas.height = Math.ceil(height * PNG_SCALE);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Export the graph on screen as the same standalone SVG `kse render` writes, or as a PNG of it. */
export const ExportButtons = memo(function ExportButtons({ graph, theme }: Props) {
  if (graph === undefined || graph.nodes.length === 0) return null;
  const svg = () => renderSvg(graph, { theme, title: 'Kube Service Explorer' });
  return (
    <div className="export" role="group" aria-label="Export the graph">
      <button type="button" onClick={() => download(new Blob([svg()], { type: 'image/svg+xml' }), 'cluster.svg')}>
        SVG
      </button>
      <button type="button" onClick={() =>
          void toPng(svg(), graph.width, graph.height)
            .then((png) => download(png, 'cluster.png'))
            .catch((error: unknown) => console.error('PNG export failed', error))
        }>
        PNG
      </button>
    </div>
  );
});
