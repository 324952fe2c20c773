'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '@/lib/api';
import {
  ARTIST_ID, fieldForParameter, LIMITS, normaliseHandle, sentenceFromRule, validateRemoval,
  type FieldErrors, type RemovalField, type RemovalInput,
} from '@/lib/removalValidation';
import { Field } from './Field';
import type { Prefill } from './RemovalPage';
import styles from './RemovalForm.module.css';

const ORDER: RemovalField[] = ['instagramHandle', 'email', 'reason'];
const IDS: Record<RemovalField, string> = { instagramHandle: 'removal-handle', email: 'removal-email', reason: 'removal-reason' };

interface Props { prefill: Prefill | null; onSubmitted: (requestId: string) => void }

const validArtist = (prefill: Prefill | null) => (ARTIST_ID.test(prefill?.artistId ?? '') ? prefill!.artistId : '');

export function RemovalForm({ prefill, onSubmitted }: Props) {
  const [input, setInput] = useState<RemovalInput>({
    instagramHandle: prefill?.handle ?? '', artistId: validArtist(prefill), email: '', reason: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The page shows the form before its script runs: until then the browser's own checks (required, type=email) stop a
  // send with empty or malformed fields and move focus to the first one. Once the script runs, its checks (the same
  // order and fuller messages, validateRemoval) take over, starting from what was typed meanwhile: hydration leaves it
  // on screen, but the next render would write the (empty) state over it.
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    element.noValidate = true;
    const typed = (field: RemovalField) => element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${IDS[field]}`)?.value ?? '';
    setInput((prev) => ({
      ...prev,
      instagramHandle: typed('instagramHandle') || prev.instagramHandle,
      email: typed('email') || prev.email,
      reason: typed('reason') || prev.reason,
    }));
  }, []);
  // the address's artist and handle (RemovalPage reads them after hydration); a handle typed already stays
  useEffect(() => {
    if (!prefill) return;
    setInput((prev) => ({ ...prev, instagramHandle: prev.instagramHandle || prefill.handle, artistId: validArtist(prefill) }));
  }, [prefill]);

  const set = (field: keyof RemovalInput) => (value: string) => setInput((prev) => ({ ...prev, [field]: value }));
  const focusFirst = (found: FieldErrors) => {
    const first = ORDER.find((f) => found[f]);
    if (first) form.current?.querySelector<HTMLElement>(`#${IDS[first]}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError('');
    const found = validateRemoval(input);
    setErrors(found);
    if (Object.keys(found).length > 0) { focusFirst(found); return; }
    setSending(true);
    try {
      const handle = input.instagramHandle.trim();
      const { id } = await api.requestRemoval({
        ...(handle ? { instagramHandle: normaliseHandle(handle) ?? handle } : {}),
        ...(input.artistId ? { artistId: input.artistId } : {}),
        email: input.email.trim(),
        ...(input.reason.trim() ? { reason: input.reason.trim() } : {}),
      });
      onSubmitted(id);
    } catch (e) {
      showServerError(e);
    } finally {
      setSending(false);
    }
  };

  const showServerError = (e: unknown) => {
    const error = e instanceof ApiError ? e : new ApiError(0, null);
    const field = error.status === 400 ? fieldForParameter(error.problem?.parameter) : null;
    if (field) {
      const found = { [field]: sentenceFromRule(error.problem?.rule, 'This value was not accepted.') };
      setErrors(found);
      focusFirst(found);
    } else if (error.isRateLimited) {
      const wait = error.retryAfter ? ` Please try again in about ${Math.max(1, Math.ceil(error.retryAfter / 60))} minute${error.retryAfter > 60 ? 's' : ''}.` : ' Please try again later.';
      setFormError(`Too many requests were sent from your connection.${wait}`);
    } else if (error.isNetwork) {
      setFormError('We could not reach the directory. Check your connection and send the request again.');
    } else {
      setFormError('Something went wrong on our side and the request was not saved. Please try again in a moment.');
    }
  };

  return (
    // method="dialog": a form outside a dialog that the browser sends itself goes nowhere, so a complete form sent
    // before the script runs keeps what was typed (a GET would reload the page empty); the script sends it to the API
    <form ref={form} className={styles.form} method="dialog" onSubmit={submit} aria-describedby={formError ? 'removal-form-error' : undefined}>
      {formError && <div id="removal-form-error" className={styles.formError} role="alert">{formError}</div>}
      {input.artistId && (
        <p className={styles.prefilled}>
          This request is about the profile <code>{input.artistId}</code>.{' '}
          <button type="button" className={styles.link} onClick={() => set('artistId')('')}>It is about someone else</button>
        </p>
      )}
      <Field id={IDS.instagramHandle} label="Instagram handle or profile link" error={errors.instagramHandle}
        hint="For example @ink.by.ann or https://www.instagram.com/ink.by.ann/">
        {(describedBy, invalid) => (
          <input id={IDS.instagramHandle} type="text" value={input.instagramHandle} maxLength={LIMITS.handle}
            autoComplete="off" autoCapitalize="none" spellCheck={false} aria-invalid={invalid} aria-describedby={describedBy}
            required={!input.artistId} onChange={(e) => set('instagramHandle')(e.target.value)} />
        )}
      </Field>
      <Field id={IDS.email} label="Your email address" error={errors.email}
        hint="We e-mail you a receipt and the decision; the address is erased once the decision is sent.">
        {(describedBy, invalid) => (
          <input id={IDS.email} type="email" value={input.email} maxLength={LIMITS.email} autoComplete="email"
            aria-invalid={invalid} aria-describedby={describedBy} required onChange={(e) => set('email')(e.target.value)} />
        )}
      </Field>
      <Field id={IDS.reason} label="Anything we should know (optional)" error={errors.reason}
        hint={`At most ${LIMITS.reason.toLocaleString('en-GB')} characters.`}>
        {(describedBy, invalid) => (
          <textarea id={IDS.reason} rows={4} value={input.reason} aria-invalid={invalid}
            aria-describedby={describedBy} onChange={(e) => set('reason')(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={sending}>{sending ? 'Sending…' : 'Send removal request'}</button>
    </form>
  );
}
