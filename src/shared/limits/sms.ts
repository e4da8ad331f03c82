// SMS encoding numbers (GSM 03.38 / 3GPP TS 23.040): how many characters fit in one SMS and in each
// part of a concatenated one. The per-message text limit (1024) lives with the API limits.

/** GSM-7 septets in a single-part SMS. */
export const SMS_GSM7_SINGLE_SEGMENT = 160;
/** GSM-7 septets per part once a message is split (7 septets go to the concatenation header). */
export const SMS_GSM7_MULTI_SEGMENT = 153;
/** UCS-2 code units in a single-part SMS. */
export const SMS_UCS2_SINGLE_SEGMENT = 70;
/** UCS-2 code units per part of a concatenated SMS. */
export const SMS_UCS2_MULTI_SEGMENT = 67;
