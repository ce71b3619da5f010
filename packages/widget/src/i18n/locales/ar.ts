import type { ChatStrings } from '../chat-strings.js';

/** Arabic (written right to left). */
const strings: ChatStrings = {
  title: 'المساعد',
  open: 'افتح المساعد',
  close: 'أغلق المساعد',
  newConversation: 'محادثة جديدة',
  input: 'سؤالك',
  placeholder: 'اطرح سؤالًا…',
  send: 'إرسال',
  stop: 'إيقاف الإجابة',
  retry: 'إعادة المحاولة',
  thinking: 'جارٍ البحث في المستندات…',
  sources: 'المصادر',
  citation: 'المصدر {n}',
  page: 'الصفحة {n}',
  greeting: 'مرحبًا! اسألني أي شيء عن هذا الموقع.',
  starters: 'أسئلة مقترحة',
  followUps: 'أسئلة ذات صلة',
  copy: 'نسخ الإجابة',
  copyCode: 'نسخ الشيفرة',
  copied: 'تم النسخ',
  regenerate: 'إعادة إنشاء الإجابة',
  errorOffline: 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك ثم أعد المحاولة.',
  errorRateLimited: 'عدد الطلبات كبير جدًا الآن. انتظر قليلًا ثم أعد المحاولة.',
  errorServer: 'حدث خطأ في الخادم. يُرجى إعادة المحاولة.',
  userLabel: 'أنت',
  assistantLabel: 'المساعد',
};

export default strings;
