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

// Messenger (developers.webexconnect.io/reference/facebook, "Button Template" and "Generic
// Template": "You can add up to 3 buttons only").
/** Buttons of a button template, and of one generic-template bubble. */
export const V1_FB_MAX_TEMPLATE_BUTTONS = 3;

// WhatsApp typed messages (developers.webexconnect.io/reference/whatsapp-apis, v6.20.0), in characters.
/** List and reply-button header text ("Maximum of 60 characters is supported for text"). */
export const V1_WA_MAX_HEADER_CHARS = 60;
/** List and reply-button body text ("Maximum of 1024 characters is supported"). */
export const V1_WA_MAX_BODY_CHARS = 1024;
/** Reply-button footer text ("Maximum length: 60 characters"); the list footer documents none. */
export const V1_WA_MAX_FOOTER_CHARS = 60;
/** The button that opens a list ("Maximum of 20 characters are supported"). */
export const V1_WA_MAX_LIST_BUTTON_CHARS = 20;
/** Sections of a list ("Minimum of 1, maximum of 10"). */
export const V1_WA_MAX_LIST_SECTIONS = 10;
/** Rows of a list, over all its sections ("a total of 10 rows across your sections"). */
export const V1_WA_MAX_LIST_ROWS = 10;
/** A section title ("Maximum length: 24 characters"). */
export const V1_WA_MAX_SECTION_TITLE_CHARS = 24;
/** Buttons of a reply-buttons message ("up to 3 options"). */
export const V1_WA_MAX_REPLY_BUTTONS = 3;
/** Quick-reply buttons of a template's parameters ("Configure upto three quick reply buttons"). */
export const V1_WA_MAX_TEMPLATE_QUICK_REPLIES = 3;
/** An authentication template's OTP value ("maximum character supported upto 15 characters"). */
export const V1_WA_MAX_OTP_CHARS = 15;
