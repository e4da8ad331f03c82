// Calls and events of the compose area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const composeCalls = {} as const;

export const composeEvents = {} as const;
