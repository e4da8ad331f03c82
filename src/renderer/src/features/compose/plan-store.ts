import { useEffect } from 'react';
import { create } from 'zustand';
import type { ValidateResult } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { useComposeStore } from './compose-store';

const PLAN_DEBOUNCE_MS = 600;

/** The outbox's latest word on the draft (batches, blockers), shared by the plan line and the profile field. */
export const usePlanStore = create<{ result: ValidateResult | null; profileId: string | null }>(() => ({ result: null, profileId: null }));

/** Asks the outbox again a moment after the draft or its profile changes (mounted once, by ComposePage). */
export function useLivePlan(): void {
  const body = useComposeStore((s) => s.body);
  const profileId = useComposeStore((s) => s.profileId);
  const profiles = useComposeStore((s) => s.profiles);
  const jsonError = useComposeStore((s) => s.jsonError);
  useEffect(() => {
    if (jsonError) return;
    let current = true;
    const timer = setTimeout(() => {
      api['outbound:validate']({ profileId, body })
        .then((result) => current && usePlanStore.setState({ result, profileId }))
        .catch(() => current && usePlanStore.setState({ result: null, profileId: null }));
    }, PLAN_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // profiles: a secret saved in Settings changes the answer.
  }, [body, profileId, profiles, jsonError]);
}
