import type { ErrorMessages } from '../components/messages/index.js';

const RETRY = 'Réessayez.';
const LATER = 'Réessayez dans quelques minutes.';
const CONFLICT = 'Cela entre en conflit avec des données existantes.';

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
export const fr: ErrorMessages = {
  errors: {
    1000: {
      title: 'Valeurs non valides',
      description: 'Certaines valeurs envoyées ne sont pas valides.',
    },
    1002: {
      title: 'Requête mal formée',
      description: "Les données envoyées n'ont pas la forme attendue.",
    },
    1003: {
      title: 'Données manquantes',
      description: 'La requête attendait des données, mais n’en contenait pas.',
    },
    2000: {
      title: 'Clé API non valide',
      description: "La clé API n'est pas valide.",
      action: 'Vérifiez la clé API ou reconnectez-vous.',
    },
    2001: {
      title: 'Clé non autorisée',
      description: "Cette clé API n'a pas accès à cette ressource.",
    },
    2004: { title: 'Connexion requise', description: 'Vous devez vous connecter pour faire cela.' },
    2005: {
      title: 'Connexion non valide',
      description: 'Vos informations de connexion ne sont pas valides.',
    },
    3000: { title: 'Introuvable', description: "Cette ressource n'existe pas." },
    4000: {
      title: 'Existe déjà',
      description: 'Un élément avec cet identifiant existe déjà.',
      action: 'Utilisez un autre identifiant.',
    },
    5000: {
      title: 'Erreur du serveur',
      description: 'Le serveur a rencontré un problème inattendu.',
    },
    '1xxx': {
      title: 'Requête non valide',
      description: "Une partie de la requête n'est pas valide.",
    },
    '2xxx': {
      title: "Problème d'accès",
      description: 'Votre connexion ou vos autorisations ont été refusées.',
    },
    '3xxx': { title: 'Introuvable', description: "Ce que vous demandez n'existe pas." },
    '4xxx': { title: 'Conflit', description: CONFLICT },
    '5xxx': { title: 'Erreur du serveur', description: 'Le serveur a rencontré un problème.' },
    409: { title: 'Conflit', description: CONFLICT },
    410: { title: 'Supprimé', description: 'Cet élément a été supprimé définitivement.' },
    503: { title: 'Service indisponible', description: 'Le service est arrêté ou surchargé.' },
    'bad-request': {
      title: 'Requête non valide',
      description: "Un élément de la requête n'est pas valide.",
      action: 'Vérifiez votre saisie et réessayez.',
    },
    unauthorized: {
      title: 'Vous êtes déconnecté',
      description: "Votre connexion ou votre clé API n'a pas été acceptée.",
      action: 'Reconnectez-vous.',
    },
    forbidden: {
      title: "Pas d'accès",
      description: "Vous n'êtes pas autorisé à faire cela.",
      action: "Demandez l'accès à un administrateur.",
    },
    'not-found': {
      title: 'Introuvable',
      description: "Ce que vous demandez n'existe pas.",
      action: 'Vérifiez le lien ou revenez en arrière.',
    },
    'rate-limited': {
      title: 'Trop de requêtes',
      description: 'Trop de requêtes en peu de temps.',
      action: 'Patientez un instant, puis réessayez.',
    },
    timeout: {
      title: 'Délai dépassé',
      description: 'Le service a mis trop de temps à répondre.',
      action: RETRY,
    },
    server: {
      title: 'Erreur du serveur',
      description: 'Le service a rencontré un problème.',
      action: LATER,
    },
    network: {
      title: 'Connexion impossible',
      description: "Le service n'a pas pu être joint.",
      action: 'Vérifiez votre connexion et réessayez.',
    },
    aborted: { title: 'Annulé', description: 'La requête a été annulée.', action: RETRY },
    unknown: {
      title: 'Une erreur est survenue',
      description: "Une erreur inattendue s'est produite.",
      action: 'Réessayez ou contactez le support.',
    },
  },
  ui: {
    retry: 'Réessayer',
    retryIn: (seconds) => `Réessayer dans ${seconds} s`,
    dismiss: 'Fermer',
    requestId: 'ID de requête',
    copy: 'Copier',
    copyRequestId: "Copier l'ID de requête",
    copied: 'Copié',
    copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le.',
    copySupport: "Copier les détails pour l'assistance",
    details: 'Détails',
    showAll: 'Tout afficher',
    showLess: 'Afficher moins',
    docs: 'Lire la documentation',
    newTab: '(s’ouvre dans un nouvel onglet)',
    status: 'Statut',
    code: 'Code',
    time: 'Heure',
    page: 'Page',
  },
};
