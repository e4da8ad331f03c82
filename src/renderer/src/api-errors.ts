import type { ContractErrorShape } from '../../shared/errors';

/** A failed call as the renderer sees it: the core's code, message and JSON path. */
export class ApiError extends Error {
  readonly code: string;
  readonly path?: string;
  constructor(shape: ContractErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    if (shape.path !== undefined) this.path = shape.path;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
