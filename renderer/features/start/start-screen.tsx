import type { AppInfo, CaseSummary } from '../../../preload/contract';
import { Panel } from '../../components/panel';
import { NewCaseForm } from './new-case-form';
import { OpenCaseForm } from './open-case-form';
import { RecentCases } from './recent-cases';

interface Props {
  info: AppInfo;
  focus: { target: 'new' | 'open'; signal: number };
  onOpened: (summary: CaseSummary) => void;
}

export function StartScreen({ info, focus, onOpened }: Props) {
  return (
    <main className="page start" aria-label="Start">
      <div className="intro">
        <h1>Start a review</h1>
        <p>
          A case file holds every document of a review, what was read from them, the findings, and a
          tamper-evident record of who did what. It stays on this computer.
        </p>
      </div>
      <div className="columns">
        <div className="stack">
          <Panel id="new-case" title="New case">
            <NewCaseForm
              info={info}
              focusSignal={focus.target === 'new' ? focus.signal : 0}
              onOpened={onOpened}
            />
          </Panel>
          <Panel id="open-case" title="Open case">
            <OpenCaseForm
              info={info}
              focusSignal={focus.target === 'open' ? focus.signal : 0}
              onOpened={onOpened}
            />
          </Panel>
        </div>
        <RecentCases onOpened={onOpened} />
      </div>
    </main>
  );
}
