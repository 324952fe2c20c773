import { SearchPage } from '@/components/search/SearchPage';

export default function Home() {
  return <SearchPage />;
}
