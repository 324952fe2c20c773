// Popup bodies are built as DOM nodes with textContent: names and studios come from scraped data and must
// never be parsed as HTML.
import type { MapPin } from './types';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function pinSummary(pin: MapPin, heading: 'h3' | 'h4'): HTMLElement {
  const box = element('div', 'tad-popup-item');
  box.append(element(heading, 'tad-popup-title', pin.title));
  if (pin.subtitle) box.append(element('p', 'tad-popup-text', pin.subtitle));
  if (pin.detail) box.append(element('p', 'tad-popup-text', pin.detail));
  if (pin.href) {
    const link = element('a', 'tad-popup-link', 'View profile');
    link.href = pin.href;
    link.setAttribute('aria-label', `View profile of ${pin.title}`);
    box.append(link);
  }
  return box;
}

/** A popup for one pin, or a list for pins that share one spot (artists of one studio). */
export function popupContent(pins: readonly MapPin[]): HTMLElement {
  if (pins.length === 1) return pinSummary(pins[0]!, 'h3');
  const box = element('div', 'tad-popup');
  box.append(element('h3', 'tad-popup-title', `${pins.length} artists here`));
  const list = element('ul', 'tad-popup-list');
  for (const pin of pins) {
    const item = element('li', '');
    item.append(pinSummary(pin, 'h4'));
    list.append(item);
  }
  box.append(list);
  return box;
}

export function pinLabel(pins: readonly MapPin[]): string {
  if (pins.length === 1) return `${pins[0]!.title}${pins[0]!.subtitle ? `, ${pins[0]!.subtitle}` : ''}`;
  return `${pins.length} artists: ${pins.slice(0, 3).map((p) => p.title).join(', ')}${pins.length > 3 ? ' and more' : ''}`;
}
