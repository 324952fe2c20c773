// Responsive image attributes from the API's stored renditions (THUMB at most 320 px wide, LARGE at most 1080).
import type { Picture } from './api';

export function srcSet(sizes: readonly Picture[]): string {
  return [...sizes]
    .sort((a, b) => a.width - b.width)
    .filter((p, i, all) => i === 0 || p.width !== all[i - 1]?.width)
    .map((p) => `${p.url} ${p.width}w`)
    .join(', ');
}

export function smallest(sizes: readonly Picture[]): Picture | undefined {
  return [...sizes].sort((a, b) => a.width - b.width)[0];
}

export function largest(sizes: readonly Picture[]): Picture | undefined {
  return [...sizes].sort((a, b) => b.width - a.width)[0];
}
