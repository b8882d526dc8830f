import type { LocaleMessages } from './ErrorMessagesProvider.js';
import { formatWait } from './english.js';

// As in English: no "wait and retry later" beside a working "Réessayer" button, no mention of a
// button that may not be there, and nothing that assumes the reader owns the API key.
const SUPPORT = 'Réessayez. Si le problème persiste, contactez l’assistance.';
const RELOAD = 'Rechargez la page et réessayez. Si le problème se répète, contactez l’assistance.';
const CONFLICT = {
  title: 'Conflit avec des données existantes',
  description:
    'Le même nom ou identifiant est déjà pris, ou le contenu a changé depuis le chargement de la page.',
  action: 'Rechargez la page pour voir la dernière version, puis réessayez.',
};

/**
 * French: every error entry and UI string of the kit.
 *
 * @example
 * ```tsx
 * import { fr } from 'react-permutive-errors/locales/fr';
 *
 * <ErrorMessagesProvider messages={fr}><App /></ErrorMessagesProvider>
 * ```
 */
export const fr: LocaleMessages = {
  lang: 'fr',
  errors: {
    1000: {
      title: 'Certaines valeurs ont été refusées',
      description: 'Au moins l’une d’elles sort de la plage ou du format autorisés.',
      action:
        'Corrigez les valeurs que vous avez saisies et réessayez, ou rechargez la page. Si le problème persiste, contactez l’assistance.',
    },
    1002: {
      title: 'Les données envoyées sont illisibles',
      description:
        'Leur structure ne correspond pas à ce qu’attend le service, ce qui vient souvent d’un défaut de cette application.',
      action: RELOAD,
    },
    1003: {
      title: 'Des données obligatoires manquent',
      description:
        'Le service attendait des informations avec cette action, mais n’en a reçu aucune.',
      action: RELOAD,
    },
    2000: {
      title: 'L’accès au service a été refusé',
      description:
        'La clé API de cette application a peut-être été mal saisie, révoquée ou remplacée.',
      action:
        'Reconnectez-vous. Si cela ne suffit pas, demandez à votre administrateur de vérifier la clé API de l’application.',
    },
    2001: {
      title: 'Cette application n’a pas cet accès',
      description:
        'Sa clé API fonctionne, mais n’a pas reçu l’accès à cet élément ou à cette action.',
      action: 'Demandez à votre administrateur de donner cet accès à la clé API de l’application.',
    },
    2004: {
      title: 'Vous devez vous connecter',
      description:
        'Aucun identifiant n’est parvenu au service, qui ne sait donc pas qui vous êtes.',
      action: 'Connectez-vous, puis réessayez.',
    },
    2005: {
      title: 'Vos identifiants ont été refusés',
      description: 'Les informations envoyées sont incorrectes ou ont expiré.',
    },
    4000: {
      title: 'Cet élément existe déjà',
      description: 'Un autre porte le même identifiant.',
      action: 'Utilisez un autre identifiant, ou ouvrez l’élément existant.',
    },
    '4xxx': CONFLICT,
    409: CONFLICT,
    410: {
      title: 'Cet élément n’est plus disponible',
      description: 'Il a été supprimé définitivement, et les liens qui y mènent ne marchent plus.',
      action: 'Revenez en arrière et choisissez un autre élément.',
    },
    502: {
      title: 'Le service n’a pas répondu correctement',
      description:
        'Un serveur intermédiaire a reçu une réponse vide ou incomplète, souvent pendant un redémarrage du service.',
    },
    503: {
      title: 'Le service est momentanément indisponible',
      description: 'Il est en maintenance ou trop sollicité pour accepter plus de travail.',
    },
    504: {
      title: 'Le service met trop de temps à répondre',
      description:
        'Il n’a pas terminé à temps, souvent parce qu’il est surchargé ou que la tâche est lourde.',
    },
    'bad-request': {
      title: 'Le service n’a pas pu accepter cette demande',
      description: 'Il manque quelque chose, ou un élément n’a pas la forme attendue.',
      action:
        'Vérifiez les informations que vous avez saisies et réessayez, ou rechargez la page. Si le problème persiste, contactez l’assistance.',
    },
    unauthorized: {
      title: 'Votre session a pris fin',
      description: 'Elle a peut-être expiré, ou l’accès de cette application a été retiré.',
      action: 'Reconnectez-vous.',
    },
    forbidden: {
      title: 'Accès non autorisé',
      description:
        'Votre compte, ou l’application que vous utilisez, n’a pas les droits nécessaires.',
      action: 'Demandez l’accès à un administrateur.',
    },
    'not-found': {
      title: 'Élément introuvable',
      description: 'Il a peut-être été supprimé, ou le lien n’est plus à jour.',
      action: 'Vérifiez le lien, ou revenez en arrière et choisissez un autre élément.',
    },
    'rate-limited': {
      title: 'Trop de requêtes',
      description:
        'Le service limite la fréquence des appels, et cette application a dépassé cette limite.',
      action: SUPPORT,
    },
    timeout: {
      title: 'Cela a pris trop de temps',
      description:
        'Aucune réponse n’est arrivée à temps, peut-être à cause d’une connexion lente ou d’un service surchargé.',
      action: 'Vérifiez votre connexion, puis réessayez.',
    },
    server: {
      title: 'Le service a rencontré un problème',
      description: 'Une panne s’est produite de son côté, et vous n’y êtes pour rien.',
      action: SUPPORT,
    },
    network: {
      title: 'Impossible de joindre le service',
      description:
        'Votre appareil est peut-être hors ligne, ou un pare-feu ou un VPN bloque l’accès.',
      action: 'Vérifiez votre connexion, puis réessayez.',
    },
    aborted: {
      title: 'Action annulée',
      description: 'Elle s’est arrêtée avant qu’une réponse n’arrive.',
      action: 'Relancez-la si vous en avez encore besoin.',
    },
    'invalid-response': {
      title: 'La réponse est inutilisable',
      description: 'Le service a répondu, mais pas sous la forme attendue par cette application.',
      action: RELOAD,
    },
    unknown: {
      title: 'Une erreur est survenue',
      description: 'L’application ne sait pas d’où vient ce problème.',
      action: SUPPORT,
    },
  },
  ui: {
    retry: 'Réessayer',
    retryIn: (wait) => `Réessayer dans ${wait}`,
    wait: formatWait('\u00a0'),
    retrying: (attempt, of) =>
      attempt ? `Nouvel essai… tentative ${attempt}${of ? ` sur ${of}` : ''}` : 'Nouvel essai…',
    // French counts 0 and 1 in the singular.
    requestsFailed: (count) =>
      count < 2 ? `${count}\u00a0requête a échoué` : `${count}\u00a0requêtes ont échoué`,
    offline: 'Vous êtes hors ligne',
    offlineNext: 'Nous réessaierons dès que vous serez de nouveau en ligne.',
    dismiss: 'Masquer',
    close: 'Fermer',
    separator: '\u202f: ',
    requestId: 'ID de requête',
    copy: 'Copier',
    copyRequestId: 'Copier l’ID de requête',
    copied: 'Copié',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le.',
    copySupport: 'Copier les détails pour l’assistance',
    details: 'Détails',
    showAll: 'Tout afficher',
    showLess: 'Afficher moins',
    docs: 'Aide sur cette erreur',
    newTab: '(s’ouvre dans un nouvel onglet)',
    status: 'Statut',
    code: 'Code',
    message: 'Message',
    cause: 'Cause',
    time: 'Heure',
    page: 'Page',
  },
};
