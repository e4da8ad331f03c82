import type { Migration } from '../migration';
import { settings } from './001-settings';
import { profiles } from './002-profiles';
import { outbound } from './003-outbound';
import { inbound } from './004-inbound';
import { templates } from './005-templates';
import { rcs } from './006-rcs';
import { inboundLookupKeys } from './007-inbound-lookup-keys';
import { changeCounters } from './008-change-counters';
import { outboundRecipients } from './009-outbound-recipients';
import { inboundSearch } from './010-inbound-search';
import { outboundVendorIndex } from './011-outbound-vendor-index';
import { inboundDropOldFts } from './012-inbound-drop-old-fts';
import { inboundRawSecrets } from './013-inbound-raw-secrets';
import { outboundCorrelationIndex } from './014-outbound-correlation-index';

/** Applied in order; the position (1-based) is the schema version kept in PRAGMA user_version. */
export const migrations: readonly Migration[] = [
  settings,
  profiles,
  outbound,
  inbound,
  templates,
  rcs,
  inboundLookupKeys,
  changeCounters,
  outboundRecipients,
  inboundSearch,
  outboundVendorIndex,
  inboundDropOldFts,
  inboundRawSecrets,
  outboundCorrelationIndex,
];
