import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import './compose.css';

function lines(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** One list of test addresses, one a line. */
function AddressList(props: {
  id: string;
  label: string;
  placeholder: string;
  disabled: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={3}
        className="mono"
        placeholder={props.placeholder}
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** Settings → Test recipients: the user's own numbers and addresses for "Send test to me". */
export function TestRecipientsSection() {
  const [msisdn, setMsisdn] = useState('');
  const [email, setEmail] = useState('');
  // What the boxes hold now, for a save's answer to compare with what it sent.
  const now = useRef({ msisdn, email });
  now.current = { msisdn, email };
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
      // The stored (cleaned) lists replace only a box the user has not typed in since pressing Save.
      setMsisdn((now) => (now === msisdn ? stored.msisdn.join('\n') : now));
      setEmail((now) => (now === email ? stored.email.join('\n') : now));
      setError(null);
      // Typing done while the save was on its way is not saved: no "Saved." over it.
      setSaved(now.current.msisdn === msisdn && now.current.email === email);
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
        <AddressList
          id="test-msisdn"
          label="Test phone numbers (SMS, RCS)"
          placeholder="+447700900001"
          disabled={!loaded}
          value={msisdn}
          onChange={(text) => {
            setMsisdn(text);
            setSaved(false);
          }}
        />
        <AddressList
          id="test-email"
          label="Test email addresses"
          placeholder="me@example.com"
          disabled={!loaded}
          value={email}
          onChange={(text) => {
            setEmail(text);
            setSaved(false);
          }}
        />
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
