import { useMemo } from 'react';
import { validateRequest, type RequestIssue } from '../../../../shared/api/validate';
import { formatPath } from '../../../../shared/errors';
import { useComposeStore } from './compose-store';

/** The shared validation (the same rules and messages as the CLI and the outbox) of the current body. */
export function useValidation(): RequestIssue[] {
  const body = useComposeStore((s) => s.body);
  const apiVersion = useComposeStore((s) => s.api);
  // A starter nobody has touched is not wrong yet: no red before the first edit.
  const pristine = useComposeStore((s) => s.pristine);
  return useMemo(() => {
    if (pristine) return [];
    const result = validateRequest(apiVersion, body);
    return result.ok ? [] : result.errors;
  }, [body, apiVersion, pristine]);
}

/** Errors at this path or below it (`to` also shows `to[0].msisdn[1]`). */
export function useFieldErrors(path: readonly (string | number)[], options: { below?: boolean } = {}): RequestIssue[] {
  const issues = useValidation();
  const key = formatPath(path);
  return issues.filter(
    (issue) => issue.path === key || (options.below === true && (issue.path.startsWith(key + '.') || issue.path.startsWith(key + '['))),
  );
}
