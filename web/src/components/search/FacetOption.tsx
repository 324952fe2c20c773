import styles from './StyleFilter.module.css';

interface Props {
  label: string;
  checked: boolean;
  /** artists matching with this option under the other filters; null while unknown */
  count: number | null;
  onToggle: (checked: boolean) => void;
  /** the address parameter and value it adds when the form is sent by the browser itself (before the scripts run) */
  param?: { name: string; value: string };
}

/** One ticked-or-not filter option with its facet count (styles, availability). */
export function FacetOption({ label, checked, count, onToggle, param }: Props) {
  return (
    <label className={styles.option}>
      <input type="checkbox" name={param?.name} value={param?.value} checked={checked} onChange={(e) => onToggle(e.target.checked)} />
      <span className={styles.label}>{label}</span>
      {count !== null && (
        <span className={styles.count}>
          {count}<span className="visually-hidden"> {count === 1 ? 'artist' : 'artists'}</span>
        </span>
      )}
    </label>
  );
}
