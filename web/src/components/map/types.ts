import type { BBox } from '@/lib/searchState';

/** One artist (or studio) to show on a map, already turned into display text. */
export interface MapPin {
  id: string;
  lat: number;
  lng: number;
  title: string;
  subtitle: string;
  detail: string;
  href: string | null;
}

export interface ArtistMapProps {
  pins: MapPin[];
  /** the accessible name of the map region */
  label: string;
  /** a known viewport to show; without it the map fits its pins */
  bbox?: BBox | null;
  /** called after the user pans or zooms, with the new viewport */
  onViewportChange?: (bbox: BBox) => void;
  /** fixed zoom for a single pin (profile page); default fits the pins */
  singlePinZoom?: number;
  className?: string;
}
