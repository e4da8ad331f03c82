/** Largest webhook body the listener accepts (bytes); larger gets 413. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** Largest JSON message on the browser-mode socket (bytes). */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024 * 1024;
