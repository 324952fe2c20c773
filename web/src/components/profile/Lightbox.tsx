'use client';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { PortfolioImage } from '@/lib/api';
import { largest, srcSet } from '@/lib/images';
import { imageAlt } from './Gallery';
import styles from './Lightbox.module.css';

interface Props {
  images: PortfolioImage[];
  artistName: string;
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
}

const SWIPE_PX = 50;

/** A modal image viewer: focus stays inside, Esc closes, arrow keys and swipes move between images. */
export function Lightbox({ images, artistName, index, onIndexChange, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const swipeStart = useRef<number | null>(null);
  const image = images[index]!;
  const big = largest(image.sizes)!;
  const go = (step: number) => onIndexChange((index + step + images.length) % images.length);

  useEffect(() => {
    closeButton.current?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => { document.body.style.overflow = overflow; };
  }, []);

  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    if (event.key === 'Escape') { event.preventDefault(); onClose(); }
    else if (event.key === 'ArrowRight') { event.preventDefault(); go(1); }
    else if (event.key === 'ArrowLeft') { event.preventDefault(); go(-1); }
    else if (event.key === 'Tab') trapFocus(event);
  };

  const trapFocus = (event: globalThis.KeyboardEvent) => {
    const focusable = dialog.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])');
    if (!focusable || focusable.length === 0) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    const inside = dialog.current?.contains(document.activeElement) && document.activeElement !== dialog.current;
    if (event.shiftKey && (!inside || document.activeElement === first)) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && (!inside || document.activeElement === last)) { event.preventDefault(); first.focus(); }
  };

  // keys are handled on the document, so they work wherever focus is while the dialog is open
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => keyHandler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const onPointerDown = (event: PointerEvent) => { swipeStart.current = event.clientX; };
  const onPointerUp = (event: PointerEvent) => {
    if (swipeStart.current === null) return;
    const dx = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(dx) >= SWIPE_PX) go(dx < 0 ? 1 : -1);
  };

  const alt = imageAlt(image, artistName, index);
  return (
    <div className={styles.backdrop} onClick={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div
        ref={dialog}
        className={styles.dialog}
        role="dialog"
        aria-modal="true"
        aria-label={`Portfolio of ${artistName}`}
        tabIndex={-1}
      >
        <div className={styles.bar}>
          <p className={styles.position} aria-live="polite">Image {index + 1} of {images.length}</p>
          <button ref={closeButton} type="button" className={styles.close} onClick={onClose}>
            Close<span aria-hidden="true"> ✕</span>
          </button>
        </div>
        <figure className={styles.figure} onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
          <img
            key={image.id}
            className={styles.image}
            src={big.url}
            srcSet={srcSet(image.sizes)}
            sizes="(min-width: 1100px) 1080px, 100vw"
            width={big.width}
            height={big.height}
            alt={alt}
            draggable={false}
          />
          <figcaption className={styles.caption}>{alt}</figcaption>
        </figure>
        {images.length > 1 && (
          <div className={styles.nav}>
            <button type="button" className={styles.step} onClick={() => go(-1)}>
              <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> image</span>
            </button>
            <button type="button" className={styles.step} onClick={() => go(1)}>
              Next<span className="visually-hidden"> image</span><span aria-hidden="true"> →</span>
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
