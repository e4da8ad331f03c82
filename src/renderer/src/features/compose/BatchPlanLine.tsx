import { usePlanStore } from './plan-store';

/** How the outbox will send this: requests of at most min(1000, TPS) destinations, and how long. */
export function BatchPlanLine() {
  const plan = usePlanStore((s) => s.result?.batches ?? null);
  if (!plan || plan.destinations === 0) return null;
  const seconds = plan.estimatedSeconds < 1 ? 'under a second' : `about ${Math.ceil(plan.estimatedSeconds)} s`;
  const text = `${plan.destinations} destination${plan.destinations === 1 ? '' : 's'} → ${plan.count} request${plan.count === 1 ? '' : 's'} of up to ${plan.maxPerRequest}, ${seconds}`;
  // Shortened with an ellipsis in a narrow window (the whole line on hover) so Undo and Redo keep their row.
  return (
    <span className="muted plan-line" data-testid="batch-plan" title={text}>
      {text}
    </span>
  );
}
