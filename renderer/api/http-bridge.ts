// The browser host's side of KimberliteApi: the same calls as the preload bridge, carried by
// fetch (the session cookie rides along) and push events by one shared EventSource.
import type {
  AppError,
  CallInput,
  CallName,
  CallOutput,
  EventName,
  EventPayload,
  KimberliteApi,
  Result,
} from '../../preload/contract';

/** Transport failures become the same `{ code, message }` data as service errors. */
function failure(code: string, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

async function post<N extends CallName>(
  name: N,
  input: CallInput<N>,
): Promise<Result<CallOutput<N>>> {
  let response: Response;
  try {
    response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return failure(
      'host_unreachable',
      'Kimberlite is not answering. Check that `kimberlite serve` is still running, then reload.',
    );
  }
  if (response.status === 403) {
    return failure(
      'forbidden',
      'This page is no longer authorised. Open the link printed by `kimberlite serve` again.',
    );
  }
  try {
    // The host answers every call with the service's Result, errors included.
    return (await response.json()) as Result<CallOutput<N>>;
  } catch {
    return failure('host_error', `Kimberlite answered with HTTP ${response.status}.`);
  }
}

const call =
  <N extends CallName>(name: N) =>
  (input: CallInput<N>) =>
    post(name, input);

let source: EventSource | null = null;

/** One stream for all listeners; the browser reconnects it by itself after a drop. */
function events(): EventSource {
  source ??= new EventSource('/api/events', { withCredentials: true });
  return source;
}

function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const handler = (message: MessageEvent<string>) => {
    listener(JSON.parse(message.data) as EventPayload<E>);
  };
  events().addEventListener(event, handler);
  return () => events().removeEventListener(event, handler);
}

/** Listing every call (rather than a Proxy) makes a new contract entry a type error here. */
export function createHttpApi(): KimberliteApi {
  return {
    'app.info': call('app.info'),
    'case.create': call('case.create'),
    'case.open': call('case.open'),
    'case.close': call('case.close'),
    'case.current': call('case.current'),
    'case.recent': call('case.recent'),
    'documents.list': call('documents.list'),
    'audit.list': call('audit.list'),
    'dialog.pickNewCasePath': call('dialog.pickNewCasePath'),
    'dialog.pickExistingCasePath': call('dialog.pickExistingCasePath'),
    'dialog.pickDocuments': call('dialog.pickDocuments'),
    'documents.add': call('documents.add'),
    'documents.pages': call('documents.pages'),
    'documents.thumbnail': call('documents.thumbnail'),
    'jobs.list': call('jobs.list'),
    'jobs.cancel': call('jobs.cancel'),
    'templates.learn': call('templates.learn'),
    'templates.list': call('templates.list'),
    'templates.delete': call('templates.delete'),
    on,
  } satisfies KimberliteApi;
}
