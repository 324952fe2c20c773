'use client';
// Picks the map provider at build time and loads it only when a map is shown (and, with `lazy`, only when it
// scrolls near the viewport), keeping the map library out of the page's first load.
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { mapProvider } from '@/lib/config';
import type { ArtistMapProps } from './types';
import styles from './ArtistMap.module.css';

const Loading = () => <div className={styles.loading}>Loading map…</div>;
const LeafletMap = dynamic(() => import('./LeafletMap'), { ssr: false, loading: Loading });
const GoogleMap = dynamic(() => import('./GoogleMap'), { ssr: false, loading: Loading });

function useNearViewport(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    if (near || !ref.current) return;
    if (typeof IntersectionObserver === 'undefined') { setNear(true); return; }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '200px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

export function ArtistMap({ className, lazy = false, ...props }: ArtistMapProps & { lazy?: boolean }) {
  const Map = mapProvider() === 'google' ? GoogleMap : LeafletMap;
  const [ref, near] = useNearViewport(lazy);
  return (
    <div ref={ref} className={`${styles.frame} ${className ?? ''}`}>
      {near ? <Map {...props} className={styles.map} /> : <Loading />}
    </div>
  );
}
