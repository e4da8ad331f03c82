import { useEffect, useState } from 'react';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import './compose.css';

function lines(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Settings → Test recipients: the user's own numbers and addresses for "Send test to me". */
export function TestRecipientsSection() {
  const [msisdn, setMsisdn] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Read-only until the stored values arrive, so what the user types is never overwritten by them.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void api['compose:getTestRecipients']()
      .then((r) => {
        setMsisdn(r.msisdn.join('\n'));
        setEmail(r.email.join('\n'));
      })
      .catch((e: unknown) => setError(`Could not load the saved test recipients: ${errorMessage(e)}`))
      .finally(() => setLoaded(true));
  }, []);
  const save = async () => {
    setSaved(false);
    try {
      const stored = await api['compose:setTestRecipients']({ msisdn: lines(msisdn), email: lines(email) });
      setMsisdn(stored.msisdn.join('\n'));
      setEmail(stored.email.join('\n'));
      setError(null);
      setSaved(true);
    } catch (e) {
      // Name the entry: "msisdn[1]" becomes the line the user typed it on.
      const path = e instanceof ApiError ? e.path : undefined;
      const match = path ? /^(msisdn|email)\[(\d+)\]/.exec(path) : null;
      const list = match ? lines(match[1] === 'msisdn' ? msisdn : email) : [];
      setError(match ? `“${list[Number(match[2])]}”: ${errorMessage(e).replace(/^[^:]*: /, '')}` : errorMessage(e));
    }
  };
  return (
    <form
      className="test-recipients"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="field-hint">
        Compose’s “Send test to me” sends the current draft to these, with the values of the recipient you are previewing.
      </p>
      <div className="row-2">
        <div className="field">
          <label htmlFor="test-msisdn">Test phone numbers (SMS, RCS)</label>
          <textarea
            id="test-msisdn"
            rows={3}
            className="mono"
            placeholder="+447700900001"
            disabled={!loaded}
            value={msisdn}
            onChange={(e) => setMsisdn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="test-email">Test email addresses</label>
          <textarea
            id="test-email"
            rows={3}
            className="mono"
            placeholder="me@example.com"
            disabled={!loaded}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary">
          Save test recipients
        </button>
        {saved && (
          <span className="muted" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
