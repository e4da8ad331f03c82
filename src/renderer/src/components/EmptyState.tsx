import type { ReactNode } from 'react';

/** What an area shows before it has anything: what it is for and the first thing to do. */
export function EmptyState(props: { icon: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <div className="empty-icon" aria-hidden="true">
        {props.icon}
      </div>
      <h2>{props.title}</h2>
      <div className="empty-body">{props.children}</div>
      {props.action && <div className="empty-action">{props.action}</div>}
    </section>
  );
}
