// The vendors' documents spell the same field differently from page to page ("userId" / "userid",
// "appId" / "AppId", "Channel", "WAID"). The normalizers read one spelling; these helpers rename a
// body's keys to it first. Runs for every webhook, so the common case (every key already in its
// usual spelling) only walks the keys and allocates nothing; a renamed copy is made only when a
// key needs renaming.

export type KeyCase = { readonly usual: ReadonlySet<string>; readonly byLower: ReadonlyMap<string, string> };

/**
 * Builds the lookup for a list of usual spellings. Spellings that differ only in case
 * ("timeStamp" / "timestamp", "correlationid" / "correlationId") are both kept as they come:
 * readers try both, and renaming one into the other could overwrite a value.
 */
export function keyCase(spellings: readonly string[]): KeyCase {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s.toLowerCase(), (counts.get(s.toLowerCase()) ?? 0) + 1);
  const byLower = new Map<string, string>();
  for (const s of spellings) if (counts.get(s.toLowerCase()) === 1) byLower.set(s.toLowerCase(), s);
  return { usual: new Set(spellings), byLower };
}

/** `body` with each known key in its usual spelling; `body` itself when nothing needs renaming. */
export function withUsualKeys(body: Record<string, unknown>, keys: KeyCase): Record<string, unknown> {
  let renamed: Record<string, unknown> | null = null;
  for (const key in body) {
    if (keys.usual.has(key)) continue;
    const usual = keys.byLower.get(key.toLowerCase());
    // A body carrying both spellings keeps both: the usual one wins, the other stays in `raw`.
    if (usual === undefined || Object.prototype.hasOwnProperty.call(body, usual)) continue;
    renamed ??= { ...body };
    renamed[usual] = body[key];
    delete renamed[key];
  }
  return renamed ?? body;
}

/** Top-level field names of every family the normalizers read (IMIconnect MO/RCS/receipts, LeadConnector). */
export const TOP_LEVEL_KEYS = keyCase([
  'channel',
  'event',
  'userId',
  'appId',
  'tid',
  'transid',
  'message',
  'attachments',
  'attachment',
  'ts',
  'timeStamp',
  'timestamp',
  'datetime',
  'psid',
  'oa',
  'da',
  'msisdn',
  'waid',
  'username',
  'name',
  'locale',
  'gender',
  'timezone',
  'accountstatus',
  'optin',
  'postback',
  'postbackData',
  'twitterId',
  'twitterHandle',
  'wechat_user_id',
  'replyTo',
  'x_networkid',
  'profile_pic',
  'location',
  'contacts',
  'buttonText',
  'interactiveData',
  'thread',
  'thread_id',
  'thread_title',
  'pciInfo',
  'extras',
  'clientId',
  'email',
  'subject',
  'from',
  'to',
  'cc',
  'bcc',
  'html',
  'text',
  'messageId',
  'status',
  'type',
  'locationId',
  'contactId',
  'conversationId',
  'body',
  'dateAdded',
  'direction',
  'messageType',
  'messageTypeString',
  'emailMessageId',
  'threadId',
  'callbackData',
  'code',
  'description',
  'destination',
  'transactionId',
  'deliveryInfoNotification',
  'phone',
  'emailTo',
  'emailFrom',
  'textMessage',
  'htmlMessage',
  'senderId',
  'malwareinfo',
  'securityscaninfo',
  'message_source',
  'messageCount',
  'relatedTid',
  'dataIntegration',
]);

/** Fields of a v1 `deliveryInfoNotification` and its `deliveryInfo`. */
export const RECEIPT_KEYS = keyCase([
  'transid',
  'correlationid',
  'callbackData',
  'messageId',
  'deliveryInfo',
  'subtid',
  'destination',
  'deliveryStatus',
  'deliveryChannel',
  'code',
  'Description',
  'description',
  'destinationType',
  'additionalInfo',
  'pushId',
  'deviceid',
  'timeStamp',
  'timestamp',
  'messageCount',
  // SMS / RCS extras (imiconnect-receipt-extras.ts): "attemptedUpgradeto" on one page, "attemptedUpgradeTo" on another.
  'carrier',
  'serviceProvider',
  'attemptedUpgradeTo',
  'upgradeResult',
]);
