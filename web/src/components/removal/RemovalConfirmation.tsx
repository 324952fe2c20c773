'use client';
import { useEffect, useRef } from 'react';
import styles from './RemovalConfirmation.module.css';

export function RemovalConfirmation({ requestId }: { requestId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.box} aria-labelledby="removal-done">
      <h2 id="removal-done" ref={heading} tabIndex={-1}>We have your request</h2>
      <p>Your reference is <strong className={styles.ref}>{requestId}</strong>. Keep it if you want to ask us about it.</p>
      <h3>What happens next</h3>
      <ol>
        <li>We e-mail you an acknowledgement with this reference shortly.</li>
        <li>A person on our team checks the request, usually within three days.</li>
        <li>Once it is approved, the profile, its images and every copy we hold are deleted within a minute, and the
          account is put on our do-not-collect list, so it is never gathered again.</li>
        <li>We e-mail you the decision: removed, with the date, or declined, with our reason. Your email address is kept
          only until that message is sent, then erased.</li>
      </ol>
      <p><a href="/">Back to the search</a></p>
    </section>
  );
}
