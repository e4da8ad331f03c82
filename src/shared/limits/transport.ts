/** Largest webhook body the listener accepts (bytes); larger gets 413. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** Largest JSON message on the browser-mode socket (bytes). */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024 * 1024;
/**
 * Largest answer read from a messaging API (bytes). Its answers are a few hundred bytes of JSON;
 * past this the server is not one (a wrong base URL), and the rest is not read or stored.
 */
export const MAX_API_ANSWER_BYTES = 1024 * 1024;
