import type { LocaleMessages } from './ErrorMessagesProvider.js';
import { formatWait } from './english.js';

// As in English and French, addressed as "tú" throughout: no "inténtalo más tarde" beside a
// working retry button, no mention of a button that may not be there, and nothing that assumes
// the reader owns the API key. No "error" either: the English-word check reads it as English.
const SUPPORT = 'Vuelve a intentarlo. Si el problema continúa, contacta con el equipo de soporte.';
const RELOAD =
  'Vuelve a cargar la página e inténtalo de nuevo. Si vuelve a ocurrir, contacta con el equipo de soporte.';
const CONFLICT = {
  title: 'Hay un conflicto con datos existentes',
  description:
    'Ya existe algo con el mismo nombre o ID, o los datos han cambiado desde que se cargó la página.',
  action: 'Vuelve a cargar la página para ver la versión más reciente e inténtalo de nuevo.',
};

/**
 * Spanish: every error entry and UI string of the kit.
 *
 * @example
 * ```tsx
 * import { es } from 'react-permutive-errors/locales/es';
 *
 * <ErrorMessagesProvider messages={es}><App /></ErrorMessagesProvider>
 * ```
 */
export const es: LocaleMessages = {
  lang: 'es',
  errors: {
    1000: {
      title: 'Algunos valores no se han aceptado',
      description: 'Al menos uno está fuera del rango o del formato permitidos.',
      action:
        'Corrige los valores que has introducido e inténtalo de nuevo, o vuelve a cargar la página. Si el problema continúa, contacta con el equipo de soporte.',
    },
    1002: {
      title: 'No se han podido leer los datos enviados',
      description:
        'No tenían la estructura que espera el servicio, lo que suele indicar un fallo de esta aplicación.',
      action: RELOAD,
    },
    1003: {
      title: 'Faltan datos obligatorios',
      description: 'El servicio esperaba información con esta acción, pero no ha recibido ninguna.',
      action: RELOAD,
    },
    2000: {
      title: 'Se ha denegado el acceso al servicio',
      description:
        'Puede que la clave de API de esta aplicación se haya escrito mal, se haya revocado o se haya sustituido.',
      action:
        'Vuelve a iniciar sesión. Si no se soluciona, pide a tu administrador que revise la clave de API de la aplicación.',
    },
    2001: {
      title: 'Esta aplicación no tiene acceso aquí',
      description:
        'La clave de API funciona, pero no tiene acceso a este elemento o a esta acción.',
      action: 'Pide a tu administrador que dé este acceso a la clave de API de la aplicación.',
    },
    2004: {
      title: 'Tienes que iniciar sesión',
      description:
        'No han llegado datos de inicio de sesión al servicio, así que no sabe quién eres.',
      action: 'Inicia sesión e inténtalo de nuevo.',
    },
    2005: {
      title: 'No se ha aceptado tu inicio de sesión',
      description: 'Los datos enviados son incorrectos o han caducado.',
    },
    4000: {
      title: 'Esto ya existe',
      description: 'Otro elemento tiene el mismo ID.',
      action: 'Usa otro ID o abre el elemento existente.',
    },
    '4xxx': CONFLICT,
    409: CONFLICT,
    410: {
      title: 'Este elemento ya no está disponible',
      description: 'Se ha eliminado de forma permanente, así que los enlaces a él ya no funcionan.',
      action: 'Vuelve atrás y elige otro elemento.',
    },
    502: {
      title: 'El servicio no ha respondido correctamente',
      description:
        'Un servidor intermedio ha recibido una respuesta vacía o incompleta, a menudo mientras el servicio se reinicia.',
    },
    503: {
      title: 'El servicio no está disponible en este momento',
      description: 'Está en mantenimiento o demasiado ocupado para aceptar más trabajo.',
    },
    504: {
      title: 'El servicio está tardando demasiado',
      description:
        'No ha terminado a tiempo, normalmente porque está saturado o la tarea es muy grande.',
    },
    'bad-request': {
      title: 'El servicio no ha podido aceptar esto',
      description: 'Falta algo, o algo no tiene la forma esperada.',
      action:
        'Revisa los datos que has introducido e inténtalo de nuevo, o vuelve a cargar la página. Si el problema continúa, contacta con el equipo de soporte.',
    },
    unauthorized: {
      title: 'Se ha cerrado tu sesión',
      description:
        'Puede que tu sesión haya caducado o que se haya retirado el acceso de esta aplicación.',
      action: 'Vuelve a iniciar sesión.',
    },
    forbidden: {
      title: 'No tienes acceso a esto',
      description: 'Tu cuenta, o la aplicación que usas, no tiene permiso para ello.',
      action: 'Pide acceso a un administrador.',
    },
    'not-found': {
      title: 'No se encuentra este elemento',
      description: 'Puede que se haya eliminado o que el enlace esté desactualizado.',
      action: 'Comprueba el enlace, o vuelve atrás y elige otro elemento.',
    },
    'rate-limited': {
      title: 'Demasiadas solicitudes',
      description:
        'El servicio limita la frecuencia de las llamadas, y esta aplicación ha superado el límite.',
      action: SUPPORT,
    },
    timeout: {
      title: 'Ha tardado demasiado',
      description:
        'No ha llegado ninguna respuesta a tiempo; puede deberse a una conexión lenta o a un servicio saturado.',
      action: 'Comprueba tu conexión e inténtalo de nuevo.',
    },
    server: {
      title: 'El servicio ha tenido un problema',
      description: 'Algo ha fallado por su parte; no se debe a nada que hayas hecho.',
      action: SUPPORT,
    },
    network: {
      title: 'No se puede conectar con el servicio',
      description:
        'Puede que tu dispositivo no tenga conexión, o que un cortafuegos o una VPN esté bloqueando el acceso.',
      action: 'Comprueba tu conexión e inténtalo de nuevo.',
    },
    aborted: {
      title: 'Se ha cancelado la acción',
      description: 'Se ha detenido antes de que llegara una respuesta.',
      action: 'Vuelve a iniciarla si aún la necesitas.',
    },
    'invalid-response': {
      title: 'No se ha podido usar la respuesta',
      description: 'El servicio ha respondido, pero no de la forma que espera esta aplicación.',
      action: RELOAD,
    },
    unknown: {
      title: 'Algo ha salido mal',
      description: 'La aplicación ha encontrado un problema inesperado.',
      action: SUPPORT,
    },
  },
  ui: {
    retry: 'Reintentar',
    requestsFailed: (count) =>
      count === 1 ? '1\u00a0solicitud ha fallado' : `${count}\u00a0solicitudes han fallado`,
    retryIn: (wait) => `Reintentar en ${wait}`,
    wait: formatWait('\u00a0'),
    retrying: (attempt, of) =>
      attempt ? `Reintentando… intento ${attempt}${of ? ` de ${of}` : ''}` : 'Reintentando…',
    offline: 'No tienes conexión',
    offlineNext: 'Lo volveremos a intentar en cuanto vuelvas a tener conexión.',
    dismiss: 'Descartar',
    close: 'Cerrar',
    separator: ': ',
    requestId: 'ID de solicitud',
    copy: 'Copiar',
    copyRequestId: 'Copiar ID de solicitud',
    copied: 'Copiado',
    copyFailed: 'No se ha podido copiar. Selecciona el texto y cópialo.',
    copySupport: 'Copiar datos para el soporte',
    details: 'Detalles',
    showAll: 'Mostrar todo',
    showLess: 'Mostrar menos',
    docs: 'Ayuda sobre este problema',
    newTab: '(se abre en una pestaña nueva)',
    status: 'Estado',
    code: 'Código',
    message: 'Mensaje',
    cause: 'Causa',
    time: 'Hora',
    page: 'Página',
  },
};
