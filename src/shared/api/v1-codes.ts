/**
 * v1 response codes (seeds 002 and 003), in plain words. 7005, 7008 and 7010 are not in the
 * documents' tables; they are listed so an answer carrying them still reads sensibly.
 */
export const V1_RESPONSE_CODES: Readonly<Record<string, { title: string; description: string; retryable: boolean }>> = {
  '1001': { title: 'Queued', description: 'Queued: the API accepted the request.', retryable: false },
  '7000': { title: 'Invalid JSON', description: 'Invalid JSON: the request body could not be read as JSON.', retryable: false },
  '7001': { title: 'Authentication failed', description: 'Authentication failed: the service key is wrong.', retryable: false },
  '7002': { title: 'Service key missing', description: 'Service key missing: the request had no key header.', retryable: false },
  '7003': {
    title: 'Mandatory parameters missing',
    description: 'Mandatory parameters missing: a parameter the service requires was not sent.',
    retryable: false,
  },
  '7004': {
    title: 'Invalid parameters',
    description: 'Invalid parameters: the request has a parameter the API does not accept.',
    retryable: false,
  },
  '7005': { title: 'Not documented', description: 'Code 7005 (not documented): the API refused the request.', retryable: false },
  '7006': { title: 'Internal error occurred', description: 'Internal error at the API: retry later.', retryable: true },
  '7007': { title: 'Service inactive', description: 'Service inactive: enable the service in the vendor console first.', retryable: false },
  '7008': { title: 'Not documented', description: 'Code 7008 (not documented): the API refused the request.', retryable: false },
  '7009': { title: 'Max number of destinations', description: 'Too many destinations: at most 1000 per request.', retryable: false },
  '7010': { title: 'Not documented', description: 'Code 7010 (not documented): the API refused the request.', retryable: false },
  '7020': {
    title: 'TPS exceeded',
    description: 'TPS exceeded: more destinations per second than the service allows; retry after a pause.',
    retryable: true,
  },
};
