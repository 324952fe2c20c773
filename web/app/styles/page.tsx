import type { Metadata } from 'next';
import { StylesPage } from '@/components/styles/StylesPage';

export const metadata: Metadata = {
  title: 'Tattoo styles explained',
  description: 'What each tattoo style looks like, in plain words, with examples of real work by artists in the directory.',
};

export default function Styles() {
  return <StylesPage />;
}
