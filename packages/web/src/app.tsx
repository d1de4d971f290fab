import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/api-error';
import { SessionProvider } from './features/auth/session-provider';
import { AppRoutes } from './routes';
import { Loading } from './ui/loading';

/** The app's data cache; main.tsx fills it from the day's working set before the first render. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Retry only what may be passing (the network, a busy server), never a refusal or a bad request,
      // and not while the device knows it is offline: the screen opens at once on the kept data instead.
      retry: (failures, error) =>
        failures < 2 &&
        navigator.onLine &&
        (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

/** The app: data cache, router, session, screens. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          {/* A screen waits here while a catalogue it needs is fetched (a language's first use). */}
          <Suspense fallback={<Loading />}>
            <AppRoutes />
          </Suspense>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
