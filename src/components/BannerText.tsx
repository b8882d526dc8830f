import { useErrorMessages } from '../messages/ErrorMessagesProvider.js';
import { ErrorDetailsView } from './ErrorDetails.js';
import { cx } from './shared/cx.js';

/** Props of the banner's text: the line under the title, the server's words, cause, next step. */
export interface BannerTextProps {
  line: string;
  /** The line's language when it is the server's own words. */
  lang: string | undefined;
  /** The server's words after the kit's line, when the page speaks another language. */
  aside: string;
  cause: string | undefined;
  action: string | undefined;
  unstyled?: boolean | undefined;
}

// A cause this short, on one line, is shown as it is; a longer one goes in a disclosure.
const SHORT_CAUSE = 160;

/** What failed and what to do next, under a banner's title. */
export function BannerText({ line, lang, aside, cause, action, unstyled }: BannerTextProps) {
  const { serverLang } = useErrorMessages();
  const part = (name: string) => cx(`pe-${name}`, unstyled);
  const short = cause && cause.length <= SHORT_CAUSE && !cause.includes('\n');
  return (
    <>
      <p className={part('message')} lang={lang} dir={lang ? 'auto' : undefined}>
        {line}
      </p>
      {aside && (
        <p className={part('server-message')} lang={serverLang} dir="auto">
          {aside}
        </p>
      )}
      {short ? (
        <p className={part('cause')} lang={serverLang} dir="auto">
          {cause}
        </p>
      ) : (
        <ErrorDetailsView cause={cause} unstyled={unstyled} />
      )}
      {action && <p className={part('next')}>{action}</p>}
    </>
  );
}
