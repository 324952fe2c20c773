'use client';
import { useRef, useState } from 'react';
import type { ArtistProfile, PortfolioImage } from '@/lib/api';
import { smallest, srcSet } from '@/lib/images';
import { Lightbox } from './Lightbox';
import './profile.css';

/** Grid cells are at most ~280 px wide on desktop, a third of the screen below that. */
const GRID_SIZES = '(min-width: 1100px) 280px, 32vw';
const EAGER_COUNT = 4;

export function imageAlt(image: PortfolioImage, artistName: string, index: number): string {
  return image.alt?.trim() || `Tattoo by ${artistName}, portfolio image ${index + 1}`;
}

/** Which gallery: its heading and where its images come from (as serve's ProfileFirstView.GalleryKind). */
export interface GalleryKind { headingId: string; title: string; source: string }
export const INSTAGRAM_GALLERY: GalleryKind = { headingId: 'gallery-heading', title: 'Portfolio', source: 'From Instagram' };
export const WEBSITE_GALLERY: GalleryKind = {
  headingId: 'site-gallery-heading', title: 'Work on the studio’s website', source: 'From the studio’s website',
};

export function Gallery({ artist, images: all = artist.images, kind = INSTAGRAM_GALLERY }: {
  artist: ArtistProfile; images?: PortfolioImage[]; kind?: GalleryKind;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const images = all.filter((image) => image.sizes.length > 0);

  if (images.length === 0) {
    return (
      <section aria-labelledby={kind.headingId}>
        <h2 id={kind.headingId}>{kind.title}</h2>
        <p>No portfolio images yet. See the artist’s latest work on Instagram.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={kind.headingId}>
      <h2 id={kind.headingId}>{kind.title} <span className="profile-count">({images.length} images)</span></h2>
      <p className="profile-source">{kind.source}</p>
      <ul className="profile-grid">
        {images.map((image, index) => {
          const thumb = smallest(image.sizes)!;
          return (
            <li key={image.id}>
              <button
                type="button"
                className="profile-tile"
                aria-label={`Open image ${index + 1} of ${images.length}: ${imageAlt(image, artist.name, index)}`}
                onClick={(e) => { opener.current = e.currentTarget; setOpen(index); }}
              >
                <img
                  src={thumb.url}
                  srcSet={srcSet(image.sizes)}
                  sizes={GRID_SIZES}
                  width={thumb.width}
                  height={thumb.height}
                  alt=""
                  loading={index < EAGER_COUNT ? 'eager' : 'lazy'}
                  decoding="async"
                />
                {image.videoCover && <span className="profile-video">Video cover</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {open !== null && (
        <Lightbox
          images={images}
          artistName={artist.name}
          index={open}
          onIndexChange={setOpen}
          onClose={() => { setOpen(null); opener.current?.focus(); }}
        />
      )}
    </section>
  );
}
