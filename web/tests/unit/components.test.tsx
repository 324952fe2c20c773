import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RemovalForm } from '@/components/removal/RemovalForm';
import { Lightbox } from '@/components/profile/Lightbox';
import { ArtistCard } from '@/components/search/ArtistCard';
import { ProfileHeader } from '@/components/profile/ProfileHeader';
import { ProfilePage } from '@/components/profile/ProfilePage';
import type { ArtistProfile, PortfolioImage } from '@/lib/api';

afterEach(() => vi.unstubAllGlobals());

// On a loaded machine typing a few dozen characters and re-rendering can take seconds. Nothing here waits for a
// fixed time: keystrokes are not spaced by timers (delay: null), and every wait is for a condition (waitFor,
// findBy*), with a deadline generous enough for a busy build machine, inside a test deadline that is too.
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 60_000 });
const user = userEvent.setup({ delay: null });

const image = (i: number): PortfolioImage => ({
  id: `img${i}`, alt: null, videoCover: false, takenAt: null, width: 1080, height: 1350,
  sizes: [{ size: 'THUMB', url: `/media/${i}/thumb.webp`, width: 320, height: 400, contentType: 'image/webp' },
    { size: 'LARGE', url: `/media/${i}/large.webp`, width: 1080, height: 1350, contentType: 'image/webp' }],
});
const artist: ArtistProfile = {
  id: 'a5c0ffee00000000', name: 'Ann Example', instagramHandle: 'ink.by.ann', instagramUrl: 'https://www.instagram.com/ink.by.ann/',
  bio: '<img src=x onerror=alert(1)> <b>bold</b>\nsecond line', profilePicture: null,
  studios: [], styles: [{ slug: 'blackwork', label: 'Blackwork' }], images: [image(1), image(2), image(3)], lastUpdated: null,
};

describe('RemovalForm', () => {
  it('shows client errors tied to the fields and focuses the first', async () => {
    render(<RemovalForm prefill={null} onSubmitted={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Send removal request' }));
    const handle = screen.getByLabelText('Instagram handle or profile link');
    expect(document.activeElement).toBe(handle);
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(handle.getAttribute('aria-describedby')).toContain('removal-handle-error');
    expect(document.getElementById('removal-handle-error')?.textContent).toMatch(/Enter the Instagram handle/);
  });

  it('maps a server 400 problem to the named field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ status: 400, parameter: 'email', rule: 'must be an email address like name@example.org' }), { status: 400 })));
    render(<RemovalForm prefill={null} onSubmitted={vi.fn()} />);
    await user.type(screen.getByLabelText('Instagram handle or profile link'), 'ink.by.ann');
    await user.type(screen.getByLabelText('Your email address'), 'ann@example.org');
    await user.click(screen.getByRole('button', { name: 'Send removal request' }));
    const email = screen.getByLabelText('Your email address');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(document.getElementById('removal-email-error')?.textContent).toContain('Must be an email address like name@example.org.');
  });

  it('explains a 429 and sends the normalised handle with the artist id', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 429, headers: { 'Retry-After': '600' } }));
    vi.stubGlobal('fetch', fetchMock);
    render(<RemovalForm prefill={{ artistId: 'a5c0ffee00000000', handle: '@Ink.By.Ann' }} onSubmitted={vi.fn()} />);
    await user.type(screen.getByLabelText('Your email address'), 'ann@example.org');
    await user.click(screen.getByRole('button', { name: 'Send removal request' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Too many requests.*10 minutes/);
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body).toEqual({ instagramHandle: 'ink.by.ann', artistId: 'a5c0ffee00000000', email: 'ann@example.org' });
  });

  it('reports the request id on success', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ id: 'rq-1' }), { status: 202 })));
    const done = vi.fn();
    render(<RemovalForm prefill={null} onSubmitted={done} />);
    await user.type(screen.getByLabelText('Instagram handle or profile link'), 'https://instagram.com/ink.by.ann/');
    await user.type(screen.getByLabelText('Your email address'), 'ann@example.org');
    await user.click(screen.getByRole('button', { name: 'Send removal request' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith('rq-1'));
  });
});

describe('Lightbox', () => {
  it('focuses Close, moves with arrows and swipes, closes on Escape', () => {
    const onIndexChange = vi.fn();
    const onClose = vi.fn();
    render(<Lightbox images={artist.images} artistName="Ann" index={0} onIndexChange={onIndexChange} onClose={onClose} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Close/ }));
    expect(screen.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
    fireEvent.keyDown(document, { key: 'ArrowRight' });
    expect(onIndexChange).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(document, { key: 'ArrowLeft' });
    expect(onIndexChange).toHaveBeenLastCalledWith(2);
    const figure = screen.getByRole('figure');
    fireEvent.pointerDown(figure, { clientX: 300 });
    fireEvent.pointerUp(figure, { clientX: 100 });
    expect(onIndexChange).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', () => {
    render(<Lightbox images={artist.images} artistName="Ann" index={0} onIndexChange={vi.fn()} onClose={vi.fn()} />);
    const close = screen.getByRole('button', { name: /Close/ });
    const next = screen.getByRole('button', { name: /Next/ });
    next.focus();
    fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(next);
  });
});

describe('cards and profile', () => {
  it('gives result thumbnails explicit dimensions and links to the profile', () => {
    render(<ArtistCard eager={false} styles={null} artist={{ id: 'abc', name: 'Ann', instagramHandle: 'ann', styles: ['fine-line'],
      studio: { name: 'Inkwell', city: 'Leeds', lat: 1, lng: 2 }, thumbnailUrl: '/media/x/thumb.webp' }} />);
    const img = document.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['320', '320', 'lazy']);
    expect(screen.getByRole('link', { name: 'Ann' }).getAttribute('href')).toBe('/artists/abc');
    expect(screen.getByText('Fine line')).toBeTruthy();
  });

  it('opens Instagram in a new tab without an opener, and links removal with the artist', () => {
    render(<ProfileHeader artist={artist} />);
    const cta = screen.getByRole('link', { name: /Contact on Instagram/ });
    expect(cta.getAttribute('href')).toBe('https://www.instagram.com/ink.by.ann/');
    expect(cta.getAttribute('target')).toBe('_blank');
    expect(cta.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: /Request removal/ }).getAttribute('href')).toBe('/remove/?artist=a5c0ffee00000000&handle=ink.by.ann');
    expect(screen.getByRole('link', { name: /Blackwork/ }).getAttribute('href')).toBe('/?style=blackwork');
  });

  it('renders the scraped bio as text, never as HTML', async () => {
    window.history.replaceState(null, '', '/artists/a5c0ffee00000000');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(artist), { status: 200 })));
    await act(async () => { render(<ProfilePage />); });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Example' })).toBeTruthy();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    expect(document.querySelector('article b, article img[src="x"]')).toBeNull();
    const tiles = document.querySelectorAll('ul img');
    expect(tiles[0]?.getAttribute('srcset')).toBe('/media/1/thumb.webp 320w, /media/1/large.webp 1080w');
    expect(tiles[3]?.getAttribute('loading') ?? 'lazy').toBe('lazy');
  });

  it('says where each part came from, and lists an artist known only from the studio’s website', async () => {
    const websiteOnly: ArtistProfile = {
      ...artist, bio: '', profilePicture: null, images: [],
      website: {
        source: 'studio-website', studioId: 's1', studioName: 'Kirkstall Kin', page: 'https://kirkstallkin.example/crew/dot/',
        bio: 'Dot has tattooed <b>dotwork</b> mandalas since 2018.', portrait: image(9),
        specialisms: ['Dotwork', 'Minimalist'], images: [image(4), image(5)],
      },
    };
    window.history.replaceState(null, '', '/artists/a5c0ffee00000000');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(websiteOnly), { status: 200 })));
    await act(async () => { render(<ProfilePage />); });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Example' })).toBeTruthy();

    const about = screen.getByRole('region', { name: 'From the studio’s website' });
    expect(about.querySelector('.profile-bio')?.textContent).toBe('Dot has tattooed <b>dotwork</b> mandalas since 2018.');
    expect(about.querySelector('b')).toBeNull();
    expect(screen.getByRole('list', { name: 'Specialisms' }).textContent).toBe('DotworkMinimalist');
    const source = screen.getByRole('link', { name: 'Kirkstall Kin' });
    expect(source.getAttribute('href')).toBe('https://kirkstallkin.example/crew/dot/');
    expect(source.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect(screen.getByRole('img', { name: 'Photo of Ann Example, from the studio’s website' }).getAttribute('src'))
      .toBe('/media/9/thumb.webp');
    const siteGallery = screen.getByRole('region', { name: /Work on the studio’s website/ });
    expect(siteGallery.querySelectorAll('button.profile-tile')).toHaveLength(2);
    expect([...document.querySelectorAll('.profile-source')].map((p) => p.textContent))
      .toEqual(['From the studio’s website: Kirkstall Kin', 'From the studio’s website']);
    expect(screen.queryByText('From Instagram')).toBeNull();
  });

  it('never links a website page that is not an http(s) address', async () => {
    const hostile: ArtistProfile = {
      ...artist, website: { source: 'studio-website', studioId: 's1', studioName: 'x', page: 'javascript:alert(1)',
        bio: 'Some words about the artist here.', portrait: null, specialisms: [], images: [] },
    };
    window.history.replaceState(null, '', '/artists/a5c0ffee00000000');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(hostile), { status: 200 })));
    await act(async () => { render(<ProfilePage />); });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ann Example' })).toBeTruthy();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect([...document.querySelectorAll('.profile-source')].map((p) => p.textContent))
      .toEqual(['From Instagram', 'From the studio’s website', 'From Instagram']);
  });
});
