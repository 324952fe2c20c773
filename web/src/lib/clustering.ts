// Simple grid clustering for map pins: points are projected to screen pixels at the current zoom and grouped
// by the grid cell they fall in. Cheap (one pass), stable while panning, and independent of the map library.

export interface Point<T> { lat: number; lng: number; item: T }
export interface Cluster<T> {
  /** stable within one zoom level: the cell's key */
  key: string;
  lat: number;
  lng: number;
  items: T[];
  bounds: { south: number; west: number; north: number; east: number };
}
export type Project = (lat: number, lng: number) => { x: number; y: number };

/** Web Mercator world pixels at a zoom level (256 px tiles), as Leaflet and Google Maps use. */
export function mercator(zoom: number): Project {
  const scale = 256 * 2 ** zoom;
  return (lat, lng) => {
    const sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
    return {
      x: ((lng + 180) / 360) * scale,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
    };
  };
}

export function clusterPoints<T>(points: readonly Point<T>[], project: Project, cellSize = 64): Cluster<T>[] {
  const cells = new Map<string, { points: Point<T>[] }>();
  for (const point of points) {
    const { x, y } = project(point.lat, point.lng);
    const key = `${Math.floor(x / cellSize)}:${Math.floor(y / cellSize)}`;
    const cell = cells.get(key);
    if (cell) cell.points.push(point);
    else cells.set(key, { points: [point] });
  }
  return [...cells.entries()].map(([key, { points: members }]) => {
    const lats = members.map((p) => p.lat);
    const lngs = members.map((p) => p.lng);
    return {
      key,
      lat: lats.reduce((a, b) => a + b, 0) / members.length,
      lng: lngs.reduce((a, b) => a + b, 0) / members.length,
      items: members.map((p) => p.item),
      bounds: { south: Math.min(...lats), west: Math.min(...lngs), north: Math.max(...lats), east: Math.max(...lngs) },
    };
  });
}

/** True when a cluster's members sit (nearly) on one spot, so zooming in would never split them. */
export function isSingleSpot(bounds: Cluster<unknown>['bounds'], toleranceDeg = 0.0002): boolean {
  return bounds.north - bounds.south <= toleranceDeg && bounds.east - bounds.west <= toleranceDeg;
}
