// Calls and events of the rcs area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const rcsCalls = {} as const;

export const rcsEvents = {} as const;
