// Calls and events of the sandbox area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const sandboxCalls = {} as const;

export const sandboxEvents = {} as const;
