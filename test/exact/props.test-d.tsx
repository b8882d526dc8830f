// Compiled with exactOptionalPropertyTypes against the built package (tsconfig.exact.json, after
// `npm run build`), as an app with that flag sees it: every optional prop accepts `undefined`.
import {
  CopySupportDetails,
  configurePermutiveErrors,
  DocsLink,
  ErrorBanner,
  ErrorDetails,
  ErrorMessagesProvider,
  PermutiveErrorBoundary,
  permutiveQueryDefaults,
  permutiveRetry,
  permutiveRetryDelay,
  RequestId,
  RetryButton,
  useErrorBanner,
  usePermutiveError,
} from 'react-permutive-errors';

const maybe = <T,>(value: T): T | undefined => value;

export const banners = (
  <>
    <ErrorBanner
      error={null}
      variant={maybe('page')}
      headingLevel={maybe(3)}
      hasData={maybe(true)}
      actions={undefined}
      onDismiss={maybe(() => {})}
      docsHref={maybe('https://developer.permutive.com/docs/errors')}
      showCause={maybe(true)}
      showDocs={maybe(true)}
      showRequestId={maybe(true)}
      showSupportDetails={maybe(true)}
      unstyled={maybe(false)}
      className={maybe('mine')}
    />
    <ErrorBanner
      error={null}
      onRetry={() => {}}
      autoRetry={maybe(true)}
      retrying={maybe({ attempt: 2, of: maybe(4) })}
    />
    <ErrorBanner error={null} onRetry={undefined} autoRetry={undefined} retrying={undefined} />
    <RetryButton
      onRetry={() => {}}
      error={undefined}
      autoRetry={maybe(true)}
      retrying={maybe(true)}
      unstyled={maybe(true)}
    />
    <RequestId value={maybe('r-1')} maxLength={maybe(20)} unstyled={maybe(true)} />
    <DocsLink href={maybe('https://permutive.com')} unstyled={maybe(true)} />
    <ErrorDetails cause={maybe('Because.')} clampAt={maybe(300)} unstyled={maybe(true)} />
    <CopySupportDetails error={null} unstyled={maybe(true)} />
    <ErrorMessagesProvider messages={{ errors: undefined, ui: undefined, serverLang: undefined }}>
      {undefined}
    </ErrorMessagesProvider>
  </>
);

// @ts-expect-error Try again needs onRetry: autoRetry alone is refused.
export const refused = <ErrorBanner error={null} autoRetry />;

// The options objects take `undefined` for what they leave out, as the props do (issue 18: a
// `number | undefined` from the app's own config did not compile).
declare const n: number | undefined;
declare const key: readonly unknown[] | undefined;
export const options = [
  permutiveQueryDefaults({
    maxRetries: n,
    baseDelayMs: n,
    maxDelayMs: n,
    random: undefined,
    throwOnError: undefined,
  }),
  permutiveRetry({ maxRetries: n }),
  permutiveRetryDelay({ baseDelayMs: n }),
  configurePermutiveErrors({ docsHosts: undefined }),
];
export const boundaries = (
  <>
    <PermutiveErrorBoundary
      fallback={undefined}
      FallbackComponent={undefined}
      fallbackRender={undefined}
      onError={undefined}
      onReset={undefined}
      resetKeys={key}
      bannerProps={undefined}
    >
      {null}
    </PermutiveErrorBoundary>
  </>
);
export function useOptions(query: Parameters<typeof usePermutiveError>[0]) {
  return usePermutiveError(query as never, { queryKey: undefined });
}
export function useBannerOptions() {
  const banner = useErrorBanner({
    error: null,
    retrying: maybe(true),
    hasData: maybe(true),
    offline: maybe(false),
    onDismiss: maybe(() => {}),
  });
  const title: string | undefined = banner.copy?.title;
  const lang: string | undefined = banner.messageLang;
  const severity: 'error' | 'warning' = banner.severity;
  // @ts-expect-error the severity is one of two words, not any string
  const other: 'fatal' = banner.severity;
  return [title, lang, severity, other];
}
