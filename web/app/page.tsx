import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/SearchPage';

// `./tad serve` writes this page's title, description, canonical URL and structured data for the address's search
// (serve's SearchSeo). The page renders its own <title> for the search it shows (SearchPage); a description
// rendered here would be added a second time by React when it hydrates the head.
export const metadata: Metadata = { title: null, description: null };

export default function Home() {
  return <SearchPage />;
}
