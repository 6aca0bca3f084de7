import type { ReactNode } from 'react';

/** A titled section; the heading id labels the region so screen readers can jump to it. */
export function Panel(props: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{props.title}</h2>
        {props.aside}
      </header>
      {props.children}
    </section>
  );
}
