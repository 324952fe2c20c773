// The few parts of the Google Maps JavaScript API this app uses (avoids a dependency on @types/google.maps).
export interface LatLngLiteral { lat: number; lng: number }
export interface BoundsLiteral { south: number; west: number; north: number; east: number }
interface Listener { remove(): void }
export interface GMap {
  getZoom(): number | undefined;
  setZoom(zoom: number): void;
  setCenter(center: LatLngLiteral): void;
  fitBounds(bounds: BoundsLiteral, padding?: number): void;
  getBounds(): { toJSON(): BoundsLiteral } | undefined;
  addListener(event: string, handler: () => void): Listener;
}
export interface GMarker {
  setMap(map: GMap | null): void;
  addListener(event: string, handler: () => void): Listener;
}
export interface GoogleMapsApi {
  Map: new (el: HTMLElement, options: { center: LatLngLiteral; zoom: number; clickableIcons?: boolean }) => GMap;
  Marker: new (options: {
    map: GMap; position: LatLngLiteral; title: string; label?: { text: string; color: string };
  }) => GMarker;
  InfoWindow: new () => { setContent(content: HTMLElement): void; open(options: { map: GMap; anchor: GMarker }): void };
}
