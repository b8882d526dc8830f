import type { ErrorMessages } from '../src/index.js';

const SUPPORT = 'أعد المحاولة. إذا استمرت المشكلة، فاتصل بالدعم.';

/** Arabic for a few entries and the UI strings: real right-to-left text for the stories. */
export const ar: ErrorMessages = {
  lang: 'ar',
  errors: {
    server: {
      title: 'واجهت الخدمة مشكلة',
      description: 'حدث خطأ من جهة الخدمة، وليس منك.',
      action: SUPPORT,
    },
    503: {
      title: 'الخدمة غير متاحة مؤقتًا',
      description: 'الخدمة متوقفة للصيانة أو تحت ضغط كبير.',
      action: SUPPORT,
    },
    unauthorized: {
      title: 'تم تسجيل خروجك',
      description: 'ربما انتهت صلاحية جلستك، أو لم يعد مفتاح API مقبولًا.',
      action: 'سجّل الدخول مرة أخرى، ثم أعد المحاولة.',
    },
  },
  ui: {
    retry: 'أعد المحاولة',
    retryIn: (wait) => `أعد المحاولة بعد ${wait}`,
    wait: (seconds) => `${seconds} ث`,
    retrying: () => 'جارٍ إعادة المحاولة…',
    offline: 'أنت غير متصل بالإنترنت',
    offlineNext: 'سنحاول مجددًا عند عودة الاتصال.',
    dismiss: 'إخفاء',
    close: 'إغلاق',
    requestId: 'معرّف الطلب',
    copy: 'نسخ',
    copyRequestId: 'نسخ معرّف الطلب',
    copied: 'تم النسخ',
    copyFailed: 'تعذّر النسخ. حدّد النص وانسخه.',
    copySupport: 'نسخ تفاصيل الدعم',
    details: 'التفاصيل',
    showAll: 'عرض الكل',
    showLess: 'عرض أقل',
    docs: 'مساعدة بشأن هذا الخطأ',
    newTab: '(يُفتح في علامة تبويب جديدة)',
  },
  // The server still answers in English: its text keeps its own language and direction.
  serverLang: 'en',
};
