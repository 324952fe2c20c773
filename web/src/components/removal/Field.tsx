import type { ReactNode } from 'react';
import styles from './RemovalForm.module.css';

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A labelled form field whose hint and error are tied to the control with aria-describedby. */
export function Field({ id, label, hint, error, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ''}`}>
      <label htmlFor={id} className={styles.label}>{label}</label>
      {hint && <p id={`${id}-hint`} className={styles.hint}>{hint}</p>}
      {error && <p id={`${id}-error`} className={styles.error}><span aria-hidden="true">⚠ </span>{error}</p>}
      {children(describedBy, Boolean(error))}
    </div>
  );
}
