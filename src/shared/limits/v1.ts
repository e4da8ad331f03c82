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

// WhatsApp media by URL (…/whatsapp-apis, "Media Messages", the "Maximum Size" column), in bytes,
// read in decimal units like every size Relaydesk enforces (limits/bytes). The request carries only
// a URL, so these are held against what the file's server says (compose/attachment-sizes).
/** An image ("5 MB"). */
export const V1_WA_MAX_IMAGE_BYTES = 5_000_000;
/** Audio ("16 MB"). */
export const V1_WA_MAX_AUDIO_BYTES = 16_000_000;
/** A video ("16 MB"). */
export const V1_WA_MAX_VIDEO_BYTES = 16_000_000;
/** A document ("100 MB"). */
export const V1_WA_MAX_DOCUMENT_BYTES = 100_000_000;
/** An animated sticker ("Animated stickers: 500KB"): the most any sticker may be. */
export const V1_WA_MAX_ANIMATED_STICKER_BYTES = 500_000;
/** A static sticker ("Static stickers: 100KB"): over it only an animated sticker is allowed. */
export const V1_WA_MAX_STATIC_STICKER_BYTES = 100_000;

/**
 * The MIME types the same table's "Supported … formats" name, per media type (lower case, without
 * parameters). image/jpg is the page's own sample value. Audio "OGG; codecs=opus" only: "The base
 * ogg type is not supported" (v1-whatsapp-media checks the codecs parameter).
 */
export const V1_WA_MEDIA_MIME_TYPES = {
  image: ['image/jpeg', 'image/jpg', 'image/png'],
  audio: ['audio/aac', 'audio/mp4', 'audio/mpeg', 'audio/amr', 'audio/ogg'],
  document: [
    'text/plain',
    'application/pdf',
    'application/vnd.ms-excel',
    'application/msword',
    'application/vnd.ms-powerpoint',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
  video: ['video/3gpp', 'video/mp4'],
  sticker: ['image/webp'],
} as const;
