import { SAME, STATES, type ChannelCodes } from './common';

// Email receipt codes. Source: Webex Connect developer docs v6.20.0, "Channel Specific Status Codes"
// (developers.webexconnect.io/reference/channel-specific-status-codes), Email table; the Email
// outbound webhook samples (Bounce 7520, Complaint 7521, Not Verified 7522, Invalid 7523) agree.
// All receipts but Submitted come only for email sent through Amazon SES, not SMTP.

export const EMAIL: ChannelCodes = {
  label: 'email',
  aliases: ['email', 'mail', 'emailid'],
  codes: {
    ...STATES,
    // Every receipt sample of the Email outbound webhooks page carries "1234": a placeholder, so the
    // status word and Description say what happened.
    '1234': 'No status code of its own (the email receipt samples show 1234 as a placeholder): the status word says what happened.',
    '7528': SAME.clicked,
    '7520':
      'Bounce: the email bounced. Permanent (no such address, hard bounce, or suppressed after earlier bounces): remove permanent bounces from the list. Transient (mailbox full, too large, content or attachment rejected): a later retry may work once the cause is fixed. The Description names the type.',
    '7521':
      'Complaint: the recipient or their provider reported the email (abuse, fraud or phishing, failed authentication, virus, other; "not-spam" withdraws an earlier report). Stop sending to complainers.',
    '7522':
      'Not verified: the email account is in sandbox mode and sends only to verified addresses; verify this one or leave sandbox mode.',
    '7523': 'Invalid email address: it must look like name@domain.tld, with an "@" and a "." in the domain.',
    '7524': 'Email address too long: at most 64 characters before the "@", 255 after it, 320 in all.',
    '7535': 'Email too large: the email with its attachments is over the size limit (40 MB on current platform versions).',
    '7536': 'The email template could not be fetched or parsed.',
    '7240': 'Already bounced: Webex Connect will not send to an address that bounced before.',
    '7241': 'Unsubscribed: the address is in the Webex Connect unsubscribe list, so the email was not sent.',
    '7553': 'SMTP authentication failed: check the SMTP credentials of the email asset.',
    '7554': 'SMTP failure: the SMTP server refused or dropped the email.',
  },
};
