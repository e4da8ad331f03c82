import { useState } from 'react';
import { useNavStore } from '../shell/nav-store';
import { useComposeStore } from './compose-store';

const DISMISSED_KEY = 'relaydesk.compose.firstRunGuideDismissed';

function readDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** An example recipient the sandbox accepts (Ofcom's drama range, never a real phone). */
function exampleRecipients(channel: string): unknown[] {
  return [
    channel === 'email'
      ? { email: ['ana@example.com'], substitutions: { name: 'Ana' } }
      : { msisdn: ['447700900001'], substitutions: { name: 'Ana' } },
  ];
}

/**
 * What a first start shows instead of rule errors on a draft nobody has touched: three steps from
 * nothing to a receipt in the feed, and where real sending is set up.
 */
export function FirstRunGuide() {
  const pristine = useComposeStore((s) => s.pristine);
  const firstRun = useComposeStore((s) => s.drafts.length === 0);
  const apiVersion = useComposeStore((s) => s.api);
  const channel = useComposeStore((s) => s.channel);
  const [dismissed, setDismissed] = useState(readDismissed);
  const go = useNavStore((s) => s.go);
  if (!pristine || !firstRun || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Private mode or a full store: the guide just shows again next time.
    }
  };
  return (
    <section className="first-run card" aria-label="Getting started">
      <h2>Getting started</h2>
      <ol>
        <li>
          <strong>Send to the sandbox.</strong> The built-in Sandbox profile answers like Webex Connect and nothing leaves this computer.
          Add a number under Recipients, write a message, press Send.{' '}
          {apiVersion === 'v2' && (
            <button
              type="button"
              className="link-button"
              onClick={() => useComposeStore.getState().setField(['to'], exampleRecipients(channel), { step: true })}
            >
              Fill in an example recipient
            </button>
          )}
        </li>
        <li>
          <strong>Watch the feed.</strong> The sandbox's delivery receipts and replies arrive in Inbound as they happen.{' '}
          <button type="button" className="link-button" onClick={() => go('inbound')}>
            Open Inbound
          </button>
        </li>
        <li>
          <strong>Add a profile.</strong> To send for real, add your service (region, service ID and key) in Settings → Profiles.{' '}
          <button type="button" className="link-button" onClick={() => go('settings')}>
            Open Settings
          </button>
        </li>
      </ol>
      <button type="button" className="button" onClick={dismiss}>
        Got it
      </button>
    </section>
  );
}
