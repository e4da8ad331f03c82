import { useMemo } from 'react';
import { validateRequest, type RequestIssue } from '../../../../shared/api/validate';
import { useComposeStore } from './compose-store';

/**
 * What the shared validation warns about in the current body: nothing that stops the send
 * (documents that disagree, rules from elsewhere, the docs' placeholders, unknown fields).
 */
export function useValidationWarnings(): RequestIssue[] {
  const body = useComposeStore((s) => s.body);
  const apiVersion = useComposeStore((s) => s.api);
  return useMemo(() => validateRequest(apiVersion, body).warnings, [body, apiVersion]);
}
