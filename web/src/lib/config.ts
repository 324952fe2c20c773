// Build-time settings (Next.js inlines NEXT_PUBLIC_* when building the static export).

export type MapProvider = 'google' | 'leaflet';

export function mapProvider(googleKey: string | undefined = process.env.NEXT_PUBLIC_GOOGLE_MAPS_KEY): MapProvider {
  return googleKey && googleKey.trim() ? 'google' : 'leaflet';
}

export const googleMapsKey = (process.env.NEXT_PUBLIC_GOOGLE_MAPS_KEY ?? '').trim();

/** OpenStreetMap's tiles unless overridden; an empty value turns tiles off (pins and popups still work). */
export const tileUrl =
  process.env.NEXT_PUBLIC_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const tileAttribution =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
