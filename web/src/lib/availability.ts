// Display text for what an artist said about booking (docs/availability.md). The API already hides what no longer
// holds today; these functions only word it.
import type { Availability, AvailabilityKind } from './api';

export const AVAILABILITY_LABELS: Record<AvailabilityKind, string> = {
  'books-open': 'Books open',
  'books-closed': 'Books closed',
  flash: 'Flash',
  'guest-spot': 'Guest spot',
};

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

function date(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function wholeMonths(from: Date, until: Date): boolean {
  const dayAfter = new Date(until.getTime() + 86_400_000);
  return from.getUTCDate() === 1 && dayAfter.getUTCDate() === 1;
}

/** "12 Jan", "12 Jan – 14 Jan", "March", "January – February"; empty when no day is stated. */
export function availabilityDays(a: Pick<Availability, 'from' | 'until'>): string {
  if (!a.from) return '';
  const from = date(a.from);
  if (!a.until) return `from ${DAY.format(from)}`;
  const until = date(a.until);
  if (wholeMonths(from, until)) {
    const first = MONTH.format(from);
    const last = MONTH.format(until);
    return first === last ? first : `${first} – ${last}`;
  }
  return a.from === a.until ? DAY.format(from) : `${DAY.format(from)} – ${DAY.format(until)}`;
}

/** One line for a badge: "Guest spot · Manchester · 12 Jan – 14 Jan", "Flash · 19 Dec", "Books open · March". */
export function availabilityText(a: Availability): string {
  return [AVAILABILITY_LABELS[a.kind] ?? a.kind, a.place, availabilityDays(a)].filter(Boolean).join(' · ');
}
