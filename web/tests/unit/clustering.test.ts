import { describe, expect, it } from 'vitest';
import { clusterPoints, isSingleSpot, mercator } from '@/lib/clustering';

const leeds = [
  { lat: 53.7984, lng: -1.5436, item: 'inkwell-1' },
  { lat: 53.7984, lng: -1.5436, item: 'inkwell-2' },
  { lat: 53.799, lng: -1.547, item: 'hollow-pine' },
  { lat: 53.8065, lng: -1.5601, item: 'saltmarsh' },
];
const london = { lat: 51.5072, lng: -0.1276, item: 'london' };

describe('grid clustering', () => {
  it('groups nearby points at a low zoom and splits them when zoomed in', () => {
    const far = clusterPoints([...leeds, london], mercator(6));
    expect(far).toHaveLength(2);
    expect(far.find((c) => c.items.includes('london'))?.items).toEqual(['london']);
    const near = clusterPoints(leeds, mercator(17));
    expect(near.length).toBeGreaterThanOrEqual(3);
    expect(near.find((c) => c.items.includes('inkwell-1'))?.items).toEqual(['inkwell-1', 'inkwell-2']);
  });

  it('places a cluster at the mean of its members with their bounds', () => {
    const [cluster] = clusterPoints(leeds.slice(0, 3), mercator(5));
    expect(cluster!.items).toHaveLength(3);
    expect(cluster!.lat).toBeCloseTo((53.7984 * 2 + 53.799) / 3, 6);
    expect(cluster!.bounds).toEqual({ south: 53.7984, west: -1.547, north: 53.799, east: -1.5436 });
  });

  it('keeps every point exactly once', () => {
    const clusters = clusterPoints([...leeds, london], mercator(12));
    expect(clusters.flatMap((c) => c.items).sort()).toEqual(['hollow-pine', 'inkwell-1', 'inkwell-2', 'london', 'saltmarsh']);
    expect(clusterPoints([], mercator(3))).toEqual([]);
  });

  it('projects like Web Mercator', () => {
    expect(mercator(0)(0, 0)).toEqual({ x: 128, y: 128 });
    expect(mercator(1)(0, 180).x).toBe(512);
  });

  it('tells a single spot (one studio) from a spread cluster', () => {
    expect(isSingleSpot({ south: 53.7984, west: -1.5436, north: 53.7984, east: -1.5436 })).toBe(true);
    expect(isSingleSpot({ south: 53.79, west: -1.55, north: 53.81, east: -1.54 })).toBe(false);
  });
});
