// Calls and events of the outbound area. Filled in by that area's work; see docs/ARCHITECTURE.md.
export const outboundCalls = {} as const;

export const outboundEvents = {} as const;
