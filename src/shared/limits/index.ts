// Every limit from the vendor documents, each written once. Validation, UI and sandbox import
// them from here. Areas keep their numbers in limits/<area>.ts and re-export them below.
export * from './bytes';
export * from './transport';
export * from './sms';
export * from './rcs';
export * from './profiles';
export * from './inbound';
export * from './v1';
export * from './v2';
