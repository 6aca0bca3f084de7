// The bridge: named methods built from the contract, and `on`. Nothing else crosses — no
// generic invoke, no ipcRenderer, no process — so the page can ask for exactly the calls the
// contract lists and main still re-checks everything it receives.
import { type IpcRendererEvent, contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  type EventName,
  type FilePathsBridge,
  type EventPayload,
  type KimberliteApi,
  callNames,
  eventNames,
} from './contract';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels';

type Methods = Omit<KimberliteApi, 'on'>;

// One cast: Object.fromEntries cannot express the mapped type; the names come from the contract.
const methods = Object.fromEntries(
  callNames.map((name) => [
    name,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL_CHANNEL, name, input ?? {}),
  ]),
) as unknown as Methods;

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
const knownEvents: ReadonlySet<string> = new Set(eventNames);

// A single ipcRenderer listener, so many subscriptions never pile up on the channel; the
// IpcRendererEvent (which carries `sender`, i.e. ipcRenderer) never reaches the page.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string' || !knownEvents.has(name)) return;
  for (const listener of listeners.get(name as EventName) ?? []) listener(payload);
});

function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  if (!knownEvents.has(event)) throw new TypeError(`Unknown event ${JSON.stringify(event)}.`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  const set = listeners.get(event) ?? new Set<Listener>();
  listeners.set(event, set);
  const wrapped: Listener = (payload) => listener(payload as EventPayload<E>);
  set.add(wrapped);
  return () => {
    set.delete(wrapped);
  };
}

const api = { ...methods, on } satisfies KimberliteApi;

contextBridge.exposeInMainWorld('kimberlite', api);

// Drag and drop: the path of each dropped item, which the page then hands to documents.add
// like a path from the dialog (main checks and reads it as it does those).
const filePaths: FilePathsBridge = {
  pathOf: (file) => (file instanceof File ? webUtils.getPathForFile(file) : ''),
};
contextBridge.exposeInMainWorld('kimberliteFiles', filePaths);
