// Written by us: a small single-page app in the shape of a Vite/CRA build, so that the roster exists only after
// its script runs. It renders the studio's artists from the bundled data, loads the opening hours from the site's
// API, and pings an analytics endpoint that robots.txt disallows (the crawler must never request it).
import React, { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { studio } from "./studio";

function Artists() {
  return (
    <section id="artists">
      <h2>Our artists</h2>
      {studio.artists.map((artist) => (
        <article className="artist-card" key={artist.name}>
          <h3>{artist.name}</h3>
          <ul className="socials">
            {artist.socials.map((link) => (
              <li key={link.url}><a href={link.url}>{link.label}</a></li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

function Hours() {
  const [hours, setHours] = useState<Array<{ day: string; time: string }>>([]);
  useEffect(() => {
    fetch("/api/hours.json").then((r) => r.json()).then(setHours).catch(() => setHours(studio.hours));
    fetch("/api/visit?page=home").catch(() => undefined);
  }, []);
  return (
    <section id="hours">
      <h2>Opening hours</h2>
      <ul>{hours.map((h) => <li key={h.day}>{h.day}: {h.time}</li>)}</ul>
    </section>
  );
}

function App() {
  return (
    <>
      <header><h1>{studio.name}</h1></header>
      <main><Artists /><Hours /></main>
      <footer>
        <p>{studio.address} · {studio.phone}</p>
        <p>Follow us <a href={studio.socials[0].url}>@berserk_tattoos</a></p>
      </footer>
    </>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
