import { useEffect, useState } from 'react';
import type { ValidateResult } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { useComposeStore } from './compose-store';

const PLAN_DEBOUNCE_MS = 600;

/** How the outbox will send this: requests of at most min(1000, TPS) destinations, and how long. */
export function BatchPlanLine() {
  const body = useComposeStore((s) => s.body);
  const profileId = useComposeStore((s) => s.profileId);
  const jsonError = useComposeStore((s) => s.jsonError);
  const [plan, setPlan] = useState<ValidateResult['batches'] | null>(null);
  useEffect(() => {
    if (jsonError) return;
    let current = true;
    const timer = setTimeout(() => {
      api['outbound:validate']({ profileId, body })
        .then((result) => current && setPlan(result.batches))
        .catch(() => current && setPlan(null));
    }, PLAN_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, profileId, jsonError]);
  if (!plan || plan.destinations === 0) return null;
  const seconds = plan.estimatedSeconds < 1 ? 'under a second' : `about ${Math.ceil(plan.estimatedSeconds)} s`;
  return (
    <span className="muted plan-line" data-testid="batch-plan">
      {plan.destinations} destination{plan.destinations === 1 ? '' : 's'} → {plan.count} request{plan.count === 1 ? '' : 's'} of up to {plan.maxPerRequest}, {seconds}
    </span>
  );
}
