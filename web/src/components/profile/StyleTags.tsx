import './profile.css';

export function styleSearchHref(slug: string): string {
  return `/?${new URLSearchParams({ style: slug })}`;
}

export function StyleTags({ styles: list }: { styles: { slug: string; label: string }[] }) {
  if (list.length === 0) return null;
  return (
    <ul className="profile-tags" aria-label="Styles (each starts a search)">
      {list.map((style) => (
        <li key={style.slug}>
          <a className="profile-tag" href={styleSearchHref(style.slug)}>
            {style.label}<span className="visually-hidden"> — find more artists in this style</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
