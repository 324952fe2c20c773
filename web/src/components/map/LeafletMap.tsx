'use client';
// Leaflet with OpenStreetMap tiles. Pins are our own grid clusters (src/lib/clustering.ts) drawn as div icons,
// so the map works without image assets and shows pins and popups even when no tile server answers.
import 'leaflet/dist/leaflet.css';
import './mapPins.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { clusterPoints, isSingleSpot } from '@/lib/clustering';
import { tileAttribution, tileUrl } from '@/lib/config';
import type { BBox } from '@/lib/searchState';
import { pinLabel, popupContent } from './popupContent';
import type { ArtistMapProps, MapPin } from './types';

const UK_CENTRE = L.latLng(54.3, -2.5);
/** How many of our own moves may still be on their way (a move asked for during another's animation may never end). */
const PENDING_MOVES = 4;

/** What a set of markers shows (zoom, and each cluster's pins with what their popups say), to tell a change from none. */
function markersKey(zoom: number, clusters: MapPin[][]): string {
  const pin = (p: MapPin) => JSON.stringify([p.id, p.lat, p.lng, p.title, p.subtitle, p.detail, p.href]);
  return JSON.stringify([zoom, clusters.map((pins) => pins.map(pin))]);
}

/** Where a move of ours ends: the map's centre and zoom. */
interface View { center: L.LatLng; zoom: number }

/** What map.fitBounds(bounds, { padding, maxZoom }) would show, as a view we can recognise when the map gets there. */
function fitted(map: L.Map, bounds: L.LatLngBounds, padding: number, maxZoom: number): View {
  const zoom = Math.min(map.getBoundsZoom(bounds, false, L.point(2 * padding, 2 * padding)), maxZoom);
  const middle = map.project(bounds.getSouthWest(), zoom).add(map.project(bounds.getNorthEast(), zoom)).divideBy(2);
  return { center: map.unproject(middle, zoom), zoom };
}

/** Whether the map shows this view (to a pixel or two: the map rounds its position to whole pixels). */
function shows(map: L.Map, view: View): boolean {
  return map.getZoom() === view.zoom && map.project(map.getCenter()).distanceTo(map.project(view.center)) <= 2;
}

function markerFor(map: L.Map, pins: MapPin[], bounds: L.LatLngBounds): L.Marker {
  const many = pins.length > 1;
  const icon = L.divIcon({
    className: many ? 'tad-pin tad-pin-cluster' : 'tad-pin',
    html: many ? `<span>${pins.length}</span>` : '<span></span>',
    iconSize: many ? [40, 40] : [30, 30],
    iconAnchor: many ? [20, 20] : [15, 28],
    popupAnchor: many ? [0, -18] : [0, -26],
  });
  const first = pins[0]!;
  const marker = L.marker([first.lat, first.lng], { icon, keyboard: true, riseOnHover: true });
  const spot = { north: bounds.getNorth(), south: bounds.getSouth(), east: bounds.getEast(), west: bounds.getWest() };
  const zoomIn = many && !isSingleSpot(spot) && map.getZoom() < map.getMaxZoom();
  if (zoomIn) {
    marker.on('click', () => map.fitBounds(bounds, { padding: [48, 48], maxZoom: map.getZoom() + 3 }));
  } else {
    marker.bindPopup(() => popupContent(pins), { maxWidth: 280, autoPanPadding: [24, 24] });
  }
  marker.on('add', () => {
    const el = marker.getElement();
    el?.setAttribute('aria-label', zoomIn ? `${pinLabel(pins)}. Zoom in` : pinLabel(pins));
  });
  return marker;
}

export default function LeafletMap({ pins, label, bbox, onViewportChange, singlePinZoom = 15, className }: ArtistMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  // Moves we make ourselves (fitting the pins, showing the address's area) are not the visitor's, so they must not
  // become a search of the area shown. Each is remembered by where it ends and its moveend is recognised by that
  // (no time window: on a slow device the end of an animated move comes seconds later).
  const ownMoves = useRef<View[]>([]);
  const moveTo = (map: L.Map, view: View) => {
    ownMoves.current = [...ownMoves.current, view].slice(-PENDING_MOVES);
    map.setView(view.center, view.zoom);
  };
  const onViewport = useRef(onViewportChange);
  onViewport.current = onViewportChange;
  const drawn = useRef(''); // what the markers show: the zoom and every cluster's pins
  const pinsRef = useRef(pins);
  pinsRef.current = pins;

  const drawPins = () => {
    const map = mapRef.current;
    if (!map || !layer.current) return;
    const points = pinsRef.current.map((pin) => ({ lat: pin.lat, lng: pin.lng, item: pin }));
    const project = (lat: number, lng: number) => map.project([lat, lng], map.getZoom());
    const clusters = clusterPoints(points, project, 56);
    // new results with the same pins (a search of the area just shown) keep the markers, and a popup opened meanwhile
    const key = markersKey(map.getZoom(), clusters.map((c) => c.items));
    if (key === drawn.current) return;
    drawn.current = key;
    layer.current.clearLayers();
    for (const cluster of clusters) {
      const b = cluster.bounds;
      const bounds = L.latLngBounds([b.south, b.west], [b.north, b.east]);
      layer.current.addLayer(markerFor(map, cluster.items, bounds));
    }
  };

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { zoomControl: true, scrollWheelZoom: true, keyboard: true });
    mapRef.current = map;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (tileUrl) L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 }).addTo(map);
    layer.current = L.layerGroup().addTo(map);
    map.on('zoomend', drawPins);
    map.on('moveend', () => {
      const own = ownMoves.current.findIndex((view) => shows(map, view));
      if (own >= 0) {
        ownMoves.current = ownMoves.current.slice(own + 1); // this one and any asked for before it are over
        return;
      }
      const b = map.getBounds();
      onViewport.current?.([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as BBox);
    });
    map.getContainer().setAttribute('role', 'region');
    map.getContainer().setAttribute('aria-label', label);
    return () => {
      map.remove();
      mapRef.current = null;
    };
    // created once; pins and viewport are applied by the effects below
  }, []);

  const bboxKey = bbox ? bbox.join(',') : '';
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (bbox) {
      const target = L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]);
      if (!map.getBounds().equals(target, 1e-4)) moveTo(map, fitted(map, target, 0, map.getMaxZoom()));
    } else if (pins.length === 1) {
      moveTo(map, { center: L.latLng(pins[0]!.lat, pins[0]!.lng), zoom: singlePinZoom });
    } else if (pins.length > 1) {
      moveTo(map, fitted(map, L.latLngBounds(pins.map((p) => [p.lat, p.lng] as L.LatLngTuple)), 40, 16));
    } else {
      moveTo(map, { center: UK_CENTRE, zoom: 5 });
    }
    drawPins();
  }, [pins, bboxKey]);

  return <div ref={container} className={className} />;
}
