import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocationFilter } from '@/components/search/LocationFilter';
import { EMPTY_SEARCH } from '@/lib/searchState';
import { mapProvider } from '@/lib/config';

function stubGeolocation(impl: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: impl } });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('Near me', () => {
  it('searches near the position, sorted by distance, and clears the city', async () => {
    stubGeolocation((ok) => ok({ coords: { latitude: 53.8, longitude: -1.55 } } as GeolocationPosition));
    const onChange = vi.fn();
    const onCityChange = vi.fn();
    render(<LocationFilter state={{ ...EMPTY_SEARCH, city: 'York' }} city="York" cityInput={createRef()} onCityChange={onCityChange} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: /Near me/ }));
    expect(onCityChange).toHaveBeenCalledWith('');
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ city: '', near: { lat: 53.8, lng: -1.55 }, radiusKm: 25, sort: 'distance' }));
  });

  it('falls back to the city box with a clear message when permission is refused', async () => {
    stubGeolocation((_ok, fail) => fail?.({ code: 1 } as GeolocationPositionError));
    const onChange = vi.fn();
    render(<LocationFilter state={EMPTY_SEARCH} city="" cityInput={createRef()} onCityChange={vi.fn()} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: /Near me/ }));
    expect(screen.getByRole('alert').textContent).toMatch(/permission was turned down.*Type a town or city/);
    const city = screen.getByLabelText('Town or city');
    expect(document.activeElement).toBe(city);
    expect(city.getAttribute('aria-describedby')).toBe('location-problem');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('explains when the browser has no geolocation at all', async () => {
    render(<LocationFilter state={EMPTY_SEARCH} city="" cityInput={createRef()} onCityChange={vi.fn()} onChange={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: /Near me/ }));
    expect(screen.getByRole('alert').textContent).toMatch(/cannot share your location/);
  });
});

describe('map provider', () => {
  it('uses Google Maps only with a browser key', () => {
    expect(mapProvider('AIza-example')).toBe('google');
    expect(mapProvider('  ')).toBe('leaflet');
    expect(mapProvider(undefined)).toBe('leaflet');
  });
});
