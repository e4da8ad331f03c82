// Calls and events of the profiles area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const profilesCalls = {} as const;

export const profilesEvents = {} as const;
