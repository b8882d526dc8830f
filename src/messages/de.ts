import type { LocaleMessages } from './ErrorMessagesProvider.js';
import { formatWait } from './english.js';

// As in English and French: formal "Sie", no "später erneut versuchen" beside a working retry
// button, no mention of a button that may not be there, and nothing that assumes the reader owns
// the API key. "Details", "Status" and "Code" are German too, but the labels say more.
const SUPPORT =
  'Versuchen Sie es erneut. Wenn das Problem weiter besteht, wenden Sie sich an den Support.';
const RELOAD =
  'Laden Sie die Seite neu und versuchen Sie es noch einmal. Wenn es wieder passiert, wenden Sie sich an den Support.';
const CONFLICT = {
  title: 'Das steht im Widerspruch zu vorhandenen Daten',
  description:
    'Etwas mit demselben Namen oder derselben ID ist schon vorhanden, oder die Daten haben sich seit dem Laden der Seite geändert.',
  action:
    'Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und versuchen Sie es dann erneut.',
};

/**
 * German: every error entry and UI string of the kit.
 *
 * @example
 * ```tsx
 * import { de } from 'react-permutive-errors/locales/de';
 *
 * <ErrorMessagesProvider messages={de}><App /></ErrorMessagesProvider>
 * ```
 */
export const de: LocaleMessages = {
  lang: 'de',
  errors: {
    1000: {
      title: 'Einige Werte wurden nicht angenommen',
      description: 'Mindestens einer liegt außerhalb des erlaubten Bereichs oder Formats.',
      action:
        'Korrigieren Sie die eingegebenen Werte und versuchen Sie es erneut, oder laden Sie die Seite neu. Wenn das Problem weiter besteht, wenden Sie sich an den Support.',
    },
    1002: {
      title: 'Die gesendeten Daten konnten nicht gelesen werden',
      description:
        'Sie waren nicht so aufgebaut, wie der Dienst es erwartet. Das deutet meist auf einen Fehler in dieser Anwendung hin.',
      action: RELOAD,
    },
    1003: {
      title: 'Erforderliche Angaben fehlen',
      description: 'Der Dienst hat zu dieser Aktion Angaben erwartet, aber keine erhalten.',
      action: RELOAD,
    },
    2000: {
      title: 'Der Zugriff auf den Dienst wurde verweigert',
      description:
        'Der API-Schlüssel dieser Anwendung wurde vielleicht falsch eingegeben, widerrufen oder ersetzt.',
      action:
        'Melden Sie sich erneut an. Wenn das nicht hilft, bitten Sie Ihren Administrator, den API-Schlüssel der Anwendung zu prüfen.',
    },
    2001: {
      title: 'Diese Anwendung hat hier keinen Zugriff',
      description:
        'Der API-Schlüssel funktioniert, hat aber keinen Zugriff auf dieses Element oder diese Aktion.',
      action:
        'Bitten Sie Ihren Administrator, dem API-Schlüssel der Anwendung diesen Zugriff zu geben.',
    },
    2004: {
      title: 'Sie müssen sich anmelden',
      description:
        'Beim Dienst sind keine Anmeldedaten angekommen, daher weiß er nicht, wer Sie sind.',
      action: 'Melden Sie sich an und versuchen Sie es dann erneut.',
    },
    2005: {
      title: 'Ihre Anmeldung wurde nicht angenommen',
      description: 'Die mitgesendeten Anmeldedaten sind falsch oder abgelaufen.',
    },
    4000: {
      title: 'Das gibt es bereits',
      description: 'Ein anderes Element hat dieselbe ID.',
      action: 'Verwenden Sie eine andere ID, oder öffnen Sie das vorhandene Element.',
    },
    '4xxx': CONFLICT,
    409: CONFLICT,
    410: {
      title: 'Dieses Element ist nicht mehr verfügbar',
      description: 'Es wurde endgültig gelöscht, daher funktionieren Links darauf nicht mehr.',
      action: 'Gehen Sie zurück und wählen Sie ein anderes Element.',
    },
    502: {
      title: 'Der Dienst hat nicht richtig geantwortet',
      description:
        'Ein zwischengeschalteter Server hat eine fehlerhafte oder leere Antwort erhalten, oft während der Dienst neu startet.',
    },
    503: {
      title: 'Der Dienst ist vorübergehend nicht verfügbar',
      description:
        'Er wird gerade gewartet oder ist zu ausgelastet, um weitere Aufgaben anzunehmen.',
    },
    504: {
      title: 'Der Dienst braucht zu lange',
      description:
        'Er ist nicht rechtzeitig fertig geworden, meist weil er ausgelastet oder die Aufgabe groß ist.',
    },
    'bad-request': {
      title: 'Der Dienst konnte das nicht annehmen',
      description: 'Etwas darin fehlt oder hat nicht die erwartete Form.',
      action:
        'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut, oder laden Sie die Seite neu. Wenn das Problem weiter besteht, wenden Sie sich an den Support.',
    },
    unauthorized: {
      title: 'Sie sind abgemeldet',
      description:
        'Ihre Sitzung ist vielleicht abgelaufen, oder der Zugriff dieser Anwendung wurde entzogen.',
      action: 'Melden Sie sich erneut an.',
    },
    forbidden: {
      title: 'Sie haben keinen Zugriff darauf',
      description: 'Ihr Konto oder die Anwendung, die Sie verwenden, hat dafür keine Berechtigung.',
      action: 'Bitten Sie einen Administrator um Zugriff.',
    },
    'not-found': {
      title: 'Dieses Element wurde nicht gefunden',
      description: 'Es wurde vielleicht gelöscht, oder der Link ist veraltet.',
      action: 'Prüfen Sie den Link, oder gehen Sie zurück und wählen Sie ein anderes Element.',
    },
    'rate-limited': {
      title: 'Zu viele Anfragen',
      description:
        'Der Dienst begrenzt, wie oft er aufgerufen werden kann, und diese Anwendung hat die Grenze überschritten.',
      action: SUPPORT,
    },
    timeout: {
      title: 'Das hat zu lange gedauert',
      description:
        'Es kam nicht rechtzeitig eine Antwort; eine langsame Verbindung oder ein ausgelasteter Dienst kann die Ursache sein.',
      action: 'Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
    },
    server: {
      title: 'Beim Dienst ist ein Problem aufgetreten',
      description: 'Auf seiner Seite ist etwas fehlgeschlagen; es lag nicht an Ihnen.',
      action: SUPPORT,
    },
    network: {
      title: 'Der Dienst ist nicht erreichbar',
      description:
        'Ihr Gerät ist vielleicht offline, oder eine Firewall oder ein VPN blockiert den Zugriff.',
      action: 'Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
    },
    aborted: {
      title: 'Das wurde abgebrochen',
      description: 'Es wurde beendet, bevor eine Antwort kam.',
      action: 'Starten Sie es erneut, wenn Sie es noch brauchen.',
    },
    'invalid-response': {
      title: 'Die Antwort war nicht verwendbar',
      description:
        'Der Dienst hat geantwortet, aber nicht in der Form, die diese Anwendung erwartet.',
      action: RELOAD,
    },
    unknown: {
      title: 'Etwas ist schiefgelaufen',
      description: 'Die Anwendung ist auf einen unerwarteten Fehler gestoßen.',
      action: SUPPORT,
    },
  },
  ui: {
    retry: 'Erneut versuchen',
    requestsFailed: (count) =>
      count === 1
        ? '1\u00a0Anfrage ist fehlgeschlagen'
        : `${count}\u00a0Anfragen sind fehlgeschlagen`,
    retryIn: (wait) => `Erneut versuchen in ${wait}`,
    wait: formatWait('\u00a0'),
    retrying: (attempt, of) =>
      attempt ? `Wird wiederholt… Versuch ${attempt}${of ? ` von ${of}` : ''}` : 'Wird wiederholt…',
    offline: 'Sie sind offline',
    offlineNext: 'Wir versuchen es erneut, sobald Sie wieder online sind.',
    dismiss: 'Ausblenden',
    close: 'Schließen',
    separator: ': ',
    requestId: 'Anfrage-ID',
    copy: 'Kopieren',
    copyRequestId: 'Anfrage-ID kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn.',
    copySupport: 'Angaben für den Support kopieren',
    details: 'Einzelheiten',
    showAll: 'Alles anzeigen',
    showLess: 'Weniger anzeigen',
    docs: 'Hilfe zu diesem Fehler',
    newTab: '(öffnet sich in einem neuen Tab)',
    status: 'Statuscode',
    code: 'Fehlercode',
    message: 'Meldung',
    cause: 'Ursache',
    time: 'Uhrzeit',
    page: 'Seite',
  },
};
