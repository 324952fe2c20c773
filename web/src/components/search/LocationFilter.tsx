'use client';
import { useState, type RefObject } from 'react';
import { DEFAULT_RADIUS_KM, type SearchState } from '@/lib/searchState';
import styles from './SearchForm.module.css';
import own from './LocationFilter.module.css';

interface Props {
  state: SearchState;
  city: string;
  cityInput: RefObject<HTMLInputElement | null>;
  onCityChange: (city: string) => void;
  onChange: (next: SearchState) => void;
}

const GEO_ERRORS: Record<number, string> = {
  1: 'Location permission was turned down, so we cannot search near you. Type a town or city instead.',
  2: 'Your location is not available right now. Type a town or city instead.',
  3: 'Finding your location took too long. Type a town or city instead.',
};

export function LocationFilter({ state, city, cityInput, onCityChange, onChange }: Props) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState('');

  const fail = (message: string) => {
    setLocating(false);
    setProblem(message);
    cityInput.current?.focus();
  };

  const nearMe = () => {
    setProblem('');
    if (!('geolocation' in navigator)) {
      fail('This browser cannot share your location. Type a town or city instead.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onCityChange('');
        onChange({
          ...state, city: '', bbox: null, sort: 'distance',
          near: { lat: coords.latitude, lng: coords.longitude }, radiusKm: DEFAULT_RADIUS_KM,
        });
      },
      (error) => fail(GEO_ERRORS[error.code] ?? GEO_ERRORS[2]!),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  const clearNear = () => onChange({ ...state, near: null, radiusKm: null, sort: 'relevance', bbox: null });

  return (
    <div className={styles.field}>
      <label htmlFor="search-city">Town or city</label>
      <input
        id="search-city"
        ref={cityInput}
        name="city"
        type="text"
        value={city}
        maxLength={100}
        autoComplete="address-level2"
        placeholder="e.g. Leeds"
        aria-describedby={problem ? 'location-problem' : undefined}
        onChange={(e) => onCityChange(e.target.value)}
      />
      {state.near ? (
        <p className={own.near}>
          Near your location, within {state.radiusKm ?? DEFAULT_RADIUS_KM} km.{' '}
          <button type="button" className={own.link} onClick={clearNear}>Stop using my location</button>
        </p>
      ) : (
        <button type="button" className={`button button-secondary ${own.nearMe}`} onClick={nearMe} disabled={locating}>
          <span aria-hidden="true">◎</span> {locating ? 'Finding you…' : 'Near me'}
        </button>
      )}
      <p id="location-problem" className={own.problem} role="alert">{problem}</p>
    </div>
  );
}
