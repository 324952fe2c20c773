'use client';
// The Google Maps JavaScript API, used when NEXT_PUBLIC_GOOGLE_MAPS_KEY is set at build time (Google's terms
// require Places-derived coordinates to be shown on a Google map). Same clusters and popups as the Leaflet map.
// Not exercised by the tests here (no network to Google); the Leaflet map is the one tested end to end.
import { useEffect, useRef, useState } from 'react';
import { clusterPoints, isSingleSpot, mercator } from '@/lib/clustering';
import { googleMapsKey } from '@/lib/config';
import type { BBox } from '@/lib/searchState';
import { pinLabel, popupContent } from './popupContent';
import type { ArtistMapProps, MapPin } from './types';
import type { GoogleMapsApi, GMap, GMarker } from './googleMapsTypes';

let loading: Promise<GoogleMapsApi> | null = null;

function loadGoogleMaps(): Promise<GoogleMapsApi> {
  loading ??= new Promise((resolve, reject) => {
    const w = window as unknown as { google?: { maps: GoogleMapsApi }; __tadMapsReady?: () => void };
    w.__tadMapsReady = () => (w.google ? resolve(w.google.maps) : reject(new Error('Google Maps did not load')));
    const script = document.createElement('script');
    script.src = `https://maps.googleapis.com/maps/api/js?key=${encodeURIComponent(googleMapsKey)}&v=weekly&loading=async&callback=__tadMapsReady`;
    script.async = true;
    script.onerror = () => reject(new Error('Google Maps did not load'));
    document.head.append(script);
  });
  return loading;
}

interface Live { maps: GoogleMapsApi; map: GMap; info: InstanceType<GoogleMapsApi['InfoWindow']>; markers: GMarker[] }

export default function GoogleMap({ pins, label, bbox, onViewportChange, singlePinZoom = 15, className }: ArtistMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [failed, setFailed] = useState(false);
  const programmaticUntil = useRef(0);
  const onViewport = useRef(onViewportChange);
  onViewport.current = onViewportChange;
  const pinsRef = useRef<MapPin[]>(pins);
  pinsRef.current = pins;

  useEffect(() => {
    let cancelled = false;
    loadGoogleMaps().then((maps) => {
      if (cancelled || !container.current) return;
      const map = new maps.Map(container.current, { center: { lat: 54.3, lng: -2.5 }, zoom: 5, clickableIcons: false });
      const state: Live = { maps, map, info: new maps.InfoWindow(), markers: [] };
      map.addListener('zoom_changed', () => drawPins(state));
      map.addListener('idle', () => {
        if (Date.now() < programmaticUntil.current) return;
        const b = map.getBounds()?.toJSON();
        if (b) onViewport.current?.([b.west, b.south, b.east, b.north] as BBox);
      });
      setLive(state);
    }, () => setFailed(true));
    return () => { cancelled = true; };
  }, []);

  const drawPins = (state: Live) => {
    const { maps, map, info } = state;
    state.markers.forEach((m) => m.setMap(null));
    const zoom = map.getZoom() ?? 5;
    const points = pinsRef.current.map((pin) => ({ lat: pin.lat, lng: pin.lng, item: pin }));
    state.markers = clusterPoints(points, mercator(zoom), 56).map((cluster) => {
      const many = cluster.items.length > 1;
      const marker = new maps.Marker({
        map, position: { lat: cluster.lat, lng: cluster.lng }, title: pinLabel(cluster.items),
        label: many ? { text: String(cluster.items.length), color: '#ffffff' } : undefined,
      });
      marker.addListener('click', () => {
        if (many && !isSingleSpot(cluster.bounds) && zoom < 20) {
          map.fitBounds(cluster.bounds, 48);
        } else {
          info.setContent(popupContent(cluster.items));
          info.open({ map, anchor: marker });
        }
      });
      return marker;
    });
  };

  const bboxKey = bbox ? bbox.join(',') : '';
  useEffect(() => {
    if (!live) return;
    const { map } = live;
    const current = map.getBounds()?.toJSON();
    const sameView = bbox && current && [current.west, current.south, current.east, current.north]
      .every((v, i) => Math.abs(v - bbox[i]!) < 1e-4);
    if (!sameView) {
      programmaticUntil.current = Date.now() + 800;
      if (bbox) map.fitBounds({ west: bbox[0], south: bbox[1], east: bbox[2], north: bbox[3] }, 0);
      else if (pins.length === 1) { map.setCenter({ lat: pins[0]!.lat, lng: pins[0]!.lng }); map.setZoom(singlePinZoom); }
      else if (pins.length > 1) {
        const lats = pins.map((p) => p.lat);
        const lngs = pins.map((p) => p.lng);
        map.fitBounds({ south: Math.min(...lats), west: Math.min(...lngs), north: Math.max(...lats), east: Math.max(...lngs) }, 40);
      }
    }
    drawPins(live);
  }, [live, pins, bboxKey]);

  return (
    <div ref={container} className={className} role="region" aria-label={label}>
      {failed && <p>The map could not be loaded. The list shows every artist.</p>}
    </div>
  );
}
