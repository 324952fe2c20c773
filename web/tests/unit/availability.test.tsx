import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ArtistSummary, Availability } from '@/lib/api';
import { availabilityText } from '@/lib/availability';
import { EMPTY_SEARCH, hasFilters, parseSearch, toApiQuery, toQueryString } from '@/lib/searchState';
import { AvailabilityFilter } from '@/components/search/AvailabilityFilter';
import { AvailabilityBadges } from '@/components/availability/AvailabilityBadges';
import { toPins } from '@/components/search/MapResults';

afterEach(cleanup);

const GUEST_SPOT: Availability = {
  kind: 'guest-spot', from: '2027-01-12', until: '2027-01-14', place: 'Manchester',
  evidence: 'Guesting in Manchester 12–14 Jan <b>DM</b>', expires: '2027-01-14', location: { lat: 53.48, lng: -2.24 },
};

describe('availability filter in the URL', () => {
  it('reads the kinds it knows, in a fixed order, and sends each to the API', () => {
    const s = parseSearch('availability=guest-spot&availability=walk-ins&availability=books-open');
    expect(s.availability).toEqual(['books-open', 'guest-spot']);
    expect(toQueryString(s)).toBe('availability=books-open&availability=guest-spot');
    expect(new URLSearchParams(toApiQuery(s)).getAll('availability')).toEqual(['books-open', 'guest-spot']);
    expect(hasFilters({ ...EMPTY_SEARCH, availability: ['flash'] })).toBe(true);
  });
});

describe('AvailabilityFilter', () => {
  it('offers the three kinds with their facet counts and ticks them into the search', () => {
    const onChange = vi.fn();
    render(<AvailabilityFilter state={{ ...EMPTY_SEARCH, availability: ['flash'] }}
      facets={{ flash: 3, 'guest-spot': 1 }} onChange={onChange} />);

    expect(screen.getByRole('checkbox', { name: /Flash/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /^Books open\s*0/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: /^Flash\s*3\s*artists/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Guest spot/ }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ availability: ['flash', 'guest-spot'] }));
  });
});

describe('availability on cards, profiles and the map', () => {
  it('words each statement with its place and days', () => {
    expect(availabilityText(GUEST_SPOT)).toBe('Guest spot · Manchester · 12 Jan – 14 Jan');
    expect(availabilityText({ ...GUEST_SPOT, kind: 'books-open', place: null, from: '2027-03-01', until: '2027-03-31' }))
      .toBe('Books open · March');
    expect(availabilityText({ ...GUEST_SPOT, kind: 'flash', place: null, from: '2026-12-19', until: '2026-12-19' }))
      .toBe('Flash · 19 Dec');
    expect(availabilityText({ ...GUEST_SPOT, kind: 'books-closed', place: null, from: null, until: null }))
      .toBe('Books closed');
  });

  it('shows the evidence as text, never as HTML, and nothing when there is nothing', () => {
    const { container } = render(<AvailabilityBadges items={[GUEST_SPOT]} detailed />);
    expect(screen.getByText('Guest spot · Manchester · 12 Jan – 14 Jan')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<b>DM</b>');
    cleanup();
    expect(render(<AvailabilityBadges items={[]} />).container.innerHTML).toBe('');
  });

  it('puts a guest spot on the map at its place, besides the studio pin', () => {
    const artist: ArtistSummary = {
      id: 'a1', name: 'Ann', instagramHandle: 'ann', styles: [], thumbnailUrl: null,
      studio: { name: 'Studio One', city: 'Leeds', lat: 53.8, lng: -1.55 }, availability: [GUEST_SPOT],
    };
    const pins = toPins([artist], null);
    expect(pins.map((p) => [p.lat, p.lng])).toEqual([[53.8, -1.55], [53.48, -2.24]]);
    expect(pins[1]!.subtitle).toBe('Guest spot · Manchester · 12 Jan – 14 Jan');
    expect(pins[1]!.href).toBe('/artists/a1');
  });
});
