'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { PermutiveErrorBoundary, permutiveQueryDefaults } from 'react-permutive-errors';

// The layout, and so its boundary, stays from page to page. Keyed on the path, the boundary lets a
// failed page's banner go when the person leaves, and the page fetches again when they come back.
export default function NavigationLayout({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: permutiveQueryDefaults({ maxRetries: 0, throwOnError: 'retryable' }),
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <nav aria-label="Audiences">
        <Link href="/navigation/cohorts">Cohorts</Link>{' '}
        <Link href="/navigation/segments">Segments</Link>
      </nav>
      <PermutiveErrorBoundary resetKeys={[pathname]} bannerProps={{ headingLevel: 1 }}>
        {children}
      </PermutiveErrorBoundary>
    </QueryClientProvider>
  );
}
