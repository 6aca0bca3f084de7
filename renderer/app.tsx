import { useEffect, useState } from 'react';
import type { AppError, AppInfo, CaseSummary } from '../preload/contract';
import { useApi } from './api/use-api';
import { AppHeader } from './components/app-header';
import { ErrorNotice } from './components/error-notice';
import { CaseScreen } from './features/case/case-screen';
import { StartScreen } from './features/start/start-screen';

type Focus = { target: 'new' | 'open'; signal: number };

/** Start screen or case screen, driven by the service's `case.changed` events. */
export function App() {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  // undefined while we ask the service whether a case is already open (serve opens one).
  const [current, setCurrent] = useState<CaseSummary | null | undefined>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const [focus, setFocus] = useState<Focus>({ target: 'new', signal: 0 });

  useEffect(() => {
    void Promise.all([api['app.info']({}), api['case.current']({})]).then(([i, c]) => {
      if (!i.ok) return setError(i.error);
      if (!c.ok) return setError(c.error);
      setInfo(i.value);
      setCurrent(c.value);
    });
  }, [api]);

  useEffect(() => api.on('case.changed', setCurrent), [api]);

  // Ingest changes the counts without a case.changed; re-read the summary, at most twice a
  // second, so the numbers on the case screen keep up with the document list.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('documents.changed', () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void api['case.current']({}).then((r) => {
          if (r.ok) setCurrent(r.value);
        });
      }, 500);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [api]);

  useEffect(
    () =>
      api.on('menu.command', (command) => {
        if (command === 'add-documents') return; // the documents panel answers this one
        if (command === 'close-case') {
          void api['case.close']({});
          return;
        }
        // The forms live on the start screen: leave the case (nothing is lost, every change
        // is already in the file), then pull focus to the form the menu asked for.
        void api['case.close']({}).then(() => {
          setCurrent(null);
          setFocus((f) => ({
            target: command === 'new-case' ? 'new' : 'open',
            signal: f.signal + 1,
          }));
        });
      }),
    [api],
  );

  return (
    <div className="app">
      <AppHeader info={info} />
      {error ? (
        <main className="page">
          <ErrorNotice error={error} />
        </main>
      ) : !info || current === undefined ? (
        <main className="page">
          <p className="muted">Loading…</p>
        </main>
      ) : current ? (
        <CaseScreen info={info} summary={current} onClosed={() => setCurrent(null)} />
      ) : (
        <StartScreen info={info} focus={focus} onOpened={setCurrent} />
      )}
    </div>
  );
}
