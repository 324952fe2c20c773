import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import GoogleMap from '@/components/map/GoogleMap';
import type { MapPin } from '@/components/map/types';

// A stand-in for the Google Maps JavaScript API: records what the component asks of it.
function fakeMaps() {
  const markers: { title: string; label?: { text: string }; listeners: Record<string, () => void> }[] = [];
  const opened: HTMLElement[] = [];
  const mapListeners: Record<string, () => void> = {};
  let zoom = 15;
  class Map {
    getZoom() { return zoom; }
    setZoom(z: number) { zoom = z; }
    setCenter() {}
    fitBounds() {}
    getBounds() { return { toJSON: () => ({ west: -1.6, south: 53.7, east: -1.5, north: 53.9 }) }; }
    addListener(event: string, handler: () => void) { mapListeners[event] = handler; return { remove() {} }; }
  }
  class Marker {
    listeners: Record<string, () => void> = {};
    constructor(options: { title: string; label?: { text: string } }) { Object.assign(this, options); markers.push(this as never); }
    setMap() {}
    addListener(event: string, handler: () => void) { this.listeners[event] = handler; return { remove() {} }; }
  }
  class InfoWindow {
    content: HTMLElement | null = null;
    setContent(c: HTMLElement) { this.content = c; }
    open() { if (this.content) opened.push(this.content); }
  }
  return { api: { Map, Marker, InfoWindow }, markers, opened, mapListeners };
}

const pin = (id: string, title: string): MapPin =>
  ({ id, lat: 53.7984, lng: -1.5436, title, subtitle: 'Inkwell, Leeds', detail: 'Blackwork', href: `/artists/${id}` });

describe('GoogleMap (with a fake Maps API)', () => {
  it('draws clustered markers whose click opens a popup with profile links, and reports user moves', async () => {
    const fake = fakeMaps();
    const onViewportChange = vi.fn();
    render(<GoogleMap pins={[pin('a', 'Ann'), pin('b', 'Bo')]} label="Map" onViewportChange={onViewportChange} />);
    const w = window as unknown as { google: unknown; __tadMapsReady: () => void };
    w.google = { maps: fake.api };
    await act(async () => { w.__tadMapsReady(); await Promise.resolve(); });

    const cluster = fake.markers.at(-1)!;
    expect(cluster.title).toBe('2 artists: Ann, Bo');
    expect(cluster.label?.text).toBe('2');
    act(() => cluster.listeners.click!());
    const popup = fake.opened[0]!;
    expect([...popup.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/artists/a', '/artists/b']);
    expect(popup.textContent).toContain('2 artists here');

    await new Promise((r) => setTimeout(r, 850)); // after our own fitting has settled
    act(() => fake.mapListeners.idle!());
    expect(onViewportChange).toHaveBeenCalledWith([-1.6, 53.7, -1.5, 53.9]);
  });
});
