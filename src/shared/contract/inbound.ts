// Calls and events of the inbound area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const inboundCalls = {} as const;

export const inboundEvents = {} as const;
