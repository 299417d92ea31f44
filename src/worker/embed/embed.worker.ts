/**
 * The embed's model worker (`?embed`): draws the share link's cluster off the page's thread, so a
 * docs page with several embeds stays responsive while they build.
 */
import { createEmbedModel } from './draw.ts';
import { withLazyParts } from './lazy/part.ts';
import { partsFor } from './lazy/parts-for.ts';
import type { EmbedRequest, EmbedResponse } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EmbedRequest>) => void) | null;
  postMessage(message: EmbedResponse): void;
};
const model = createEmbedModel();

async function answer(request: EmbedRequest): Promise<EmbedResponse> {
  const { id } = request;
  if (request.type === 'draw') {
    // What the link's text says it needs is fetched before the first run; anything else a run turns out to need, after it.
    await Promise.all(partsFor(request).map((part) => part.load()));
    const drawing = await withLazyParts(() => model.draw(request), () => scope.postMessage({ type: 'working', id }));
    return { type: 'drawn', id, drawing };
  }
  const svg = model.restyle(request.theme);
  return svg === undefined ? { type: 'failed', id, detail: 'nothing drawn yet' } : { type: 'restyled', id, theme: request.theme, svg };
}

scope.onmessage = (event) => {
  const request = event.data;
  scope.postMessage({ type: 'working', id: request.id });
  answer(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: 'failed', id: request.id, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
};
