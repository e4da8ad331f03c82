// Limits of the v1 Messaging API (seeds 002 and 003). Each is written once here and used by
// validation, the UI and the sandbox.

/** Destination ids over the whole `destination` array. More is response code 7009. */
export const V1_MAX_DESTINATIONS = 1000;
/** `correlationid` (request and per destination), in UTF-8 bytes. */
export const V1_MAX_CORRELATION_ID_BYTES = 50;
export const V1_PRIORITY_MIN = 1;
export const V1_PRIORITY_MAX = 3;
/** SMS text in UTF-8 bytes ("Messages are limited to 1024 bytes"). */
export const V1_MAX_SMS_TEXT_BYTES = 1024;
/** Android and iOS notification text in UTF-8 bytes. */
export const V1_MAX_PUSH_TEXT_BYTES = 4096;
/** Android push priority range (1-5, 5 highest); the same range for app-messaging priority. */
export const V1_PUSH_PRIORITY_MIN = 1;
export const V1_PUSH_PRIORITY_MAX = 5;
/** Twitter DM text in UTF-8 bytes ("Messages are limited to 140 bytes"). */
export const V1_MAX_TWITTER_TEXT_BYTES = 140;
/** `callbackData`: v1 documents no limit; v2 allows 2000 characters. The stricter applies to both. */
export const V1_MAX_CALLBACK_DATA_CHARS = 2000;
/** Actions of an interactive category: SINGLE_* has one, DOUBLE_* two. */
export const V1_MAX_INTERACTIVE_ACTIONS = 2;
