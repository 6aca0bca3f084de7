import type { JobProgress } from '../../../preload/contract';
import {
  type FileTally,
  fileBaseName,
  fileTallyText,
  formatEta,
  isActive,
  jobCountText,
  jobStateText,
} from './document-text';

/** One bar per running job; a finished job shrinks to a line saying what it brought in. */
export function JobList(props: {
  jobs: JobProgress[];
  tallies: ReadonlyMap<number, FileTally>;
  onCancel: (jobId: number) => void;
  onDismiss: (jobId: number) => void;
}) {
  if (props.jobs.length === 0) return null;
  return (
    <ul className="jobs" aria-label="Reading documents">
      {props.jobs.map((job) =>
        isActive(job) ? (
          <JobBar key={job.jobId} job={job} onCancel={props.onCancel} />
        ) : (
          <JobSummary
            key={job.jobId}
            job={job}
            tally={props.tallies.get(job.jobId) ?? null}
            onDismiss={props.onDismiss}
          />
        ),
      )}
    </ul>
  );
}

function JobBar({ job, onCancel }: { job: JobProgress; onCancel: (jobId: number) => void }) {
  const id = `job-${job.jobId}`;
  const count = jobCountText(job);
  const eta = formatEta(job.etaSeconds);
  const known = job.total > 0;
  const percent = known ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <li className="job">
      <div className="job-line">
        <span className="job-step" id={`${id}-label`}>
          {jobStateText(job)}
        </span>
        {count && <span className="job-count">{count}</span>}
        {eta && <span className="muted">{eta}</span>}
        <button
          type="button"
          className="button-secondary button-small job-cancel"
          onClick={() => onCancel(job.jobId)}
          aria-describedby={`${id}-label`}
        >
          Cancel
        </button>
      </div>
      {/* A div, not <progress>: its look is the same in every engine, and aria carries the
          numbers; width is set through CSSOM, which the CSP allows. */}
      <div
        className={known ? 'bar' : 'bar bar-indeterminate'}
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={known ? job.total : undefined}
        aria-valuenow={known ? job.done : undefined}
        aria-valuetext={count ?? 'Starting'}
      >
        <div className="bar-fill" style={{ width: known ? `${percent}%` : undefined }} />
      </div>
      {job.file && (
        <p className="job-file small muted" title={job.file}>
          {fileBaseName(job.file)}
        </p>
      )}
    </li>
  );
}

function JobSummary(props: {
  job: JobProgress;
  tally: FileTally | null;
  onDismiss: (jobId: number) => void;
}) {
  const { job, tally } = props;
  const tone = job.state === 'done' ? 'done' : job.state === 'cancelled' ? 'cancelled' : 'failed';
  return (
    <li className={`job-summary job-summary-${tone}`} role="status">
      <span className="job-summary-state">{jobStateText(job)}</span>
      {tally && <span>{fileTallyText(tally)}</span>}
      <button
        type="button"
        className="button-link"
        onClick={() => props.onDismiss(job.jobId)}
        aria-label={`Dismiss: ${jobStateText(job)}`}
      >
        Dismiss
      </button>
    </li>
  );
}
