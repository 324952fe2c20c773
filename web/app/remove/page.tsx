import type { Metadata } from 'next';
import { RemovalPage } from '@/components/removal/RemovalPage';

export const metadata: Metadata = { title: 'Request removal' };

export default function RemovePage() {
  return <RemovalPage />;
}
