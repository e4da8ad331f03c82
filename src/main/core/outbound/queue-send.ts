import { listAddresses, listCorrelationIds } from '../../../shared/outbound/batching';
import { personalise } from '../../../shared/outbound/personalise';
import { randomUUID } from 'node:crypto';
import type { JobRepo } from './job-repo';
import type { SendPlan } from './plan';
import type { RecipientRepo } from './recipient-repo';
import type { RequestRepo } from './request-repo';

export interface QueueRepos {
  jobs: JobRepo;
  requests: RequestRepo;
  recipients: RecipientRepo;
}

export interface QueuedJob {
  jobId: string;
  profileId: string;
  sendId: string | null;
  owner: string;
  now: number;
}

/**
 * Writes a planned send into the outbox: its job, each request as queued, and each request's
 * recipient rows. The caller runs it inside the one transaction that also checks the send id,
 * so a send is queued whole or not at all.
 */
export function writeQueuedSend(repos: QueueRepos, plan: SendPlan, job: QueuedJob): void {
  const { jobId, profileId, now } = job;
  repos.jobs.insert({
    id: jobId,
    profile_id: profileId,
    api: plan.api,
    request_count: plan.batches.length,
    destinations: plan.summary.destinations,
    state: 'running',
    owner: job.owner,
    created_at: now,
    send_id: job.sendId,
  });
  plan.batches.forEach((batch, index) => {
    const addresses = listAddresses(plan.api, batch.body);
    const channel = batch.body[plan.api === 'v2' ? 'channel' : 'deliverychannel'];
    const callback = batch.body.callbackData;
    const requestId = randomUUID();
    repos.requests.insert({
      id: requestId,
      job_id: jobId,
      seq: index + 1,
      profile_id: profileId,
      api: plan.api,
      channel: typeof channel === 'string' ? channel : null,
      body: JSON.stringify(batch.body),
      destinations: batch.destinations,
      first_address: addresses[0] ?? null,
      addresses: JSON.stringify(addresses),
      correlation_ids: JSON.stringify(listCorrelationIds(plan.api, batch.body)),
      callback_data: typeof callback === 'string' ? callback : null,
      state: 'queued',
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    });
    repos.recipients.insertMany({ requestId, jobId, createdAt: now }, personalise(plan.api, batch.body));
  });
}
