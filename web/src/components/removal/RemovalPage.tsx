'use client';
import { useEffect, useState } from 'react';
import { RemovalForm } from './RemovalForm';
import { RemovalConfirmation } from './RemovalConfirmation';
import { useInteractiveMark } from '@/lib/useInteractiveMark';
import styles from './RemovalPage.module.css';

export interface Prefill { artistId: string; handle: string }

export function RemovalPage() {
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setPrefill({ artistId: (params.get('artist') ?? '').slice(0, 64), handle: (params.get('handle') ?? '').slice(0, 200) });
  }, []);
  useInteractiveMark(prefill !== null);

  return (
    <div className={styles.page}>
      <h1>Ask us to remove an artist</h1>
      {requestId ? (
        <RemovalConfirmation requestId={requestId} />
      ) : (
        <>
          <p className={styles.lead}>
            If you are a listed artist (or act for one) and do not want to appear here, tell us the Instagram account.
            Once a person on our team approves the request, the profile disappears within a minute and is never
            collected again. <a href="/about/#delisting">How removal works</a>.
          </p>
          <RemovalForm prefill={prefill} onSubmitted={setRequestId} />
        </>
      )}
    </div>
  );
}
