import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteFooter } from '@/components/layout/SiteFooter';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tattoo Artist Directory', template: '%s · Tattoo Artist Directory' },
  description: 'Find tattoo artists near you by style and location, and see their work.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1c1917' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">Skip to main content</a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
