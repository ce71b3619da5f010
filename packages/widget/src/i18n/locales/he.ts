import type { ChatStrings } from '../chat-strings.js';

/** Hebrew (written right to left; plural forms, the usual gender-neutral address in interfaces). */
const strings: ChatStrings = {
  title: 'עוזר',
  open: 'פתיחת העוזר',
  close: 'סגירת העוזר',
  newConversation: 'שיחה חדשה',
  input: 'השאלה שלכם',
  placeholder: 'שאלו שאלה…',
  send: 'שליחה',
  stop: 'עצירת התשובה',
  retry: 'ניסיון חוזר',
  thinking: 'מתבצע חיפוש במסמכים…',
  sources: 'מקורות',
  citation: 'מקור {n}',
  page: 'עמוד {n}',
  greeting: 'שלום! אפשר לשאול אותי כל דבר על האתר הזה.',
  starters: 'שאלות מוצעות',
  followUps: 'שאלות קשורות',
  copy: 'העתקת התשובה',
  copyCode: 'העתקת הקוד',
  copied: 'הועתק',
  regenerate: 'יצירת תשובה מחדש',
  errorOffline: 'נראה שאין חיבור לאינטרנט. בדקו את החיבור ונסו שוב.',
  errorRateLimited: 'יש כרגע יותר מדי בקשות. המתינו רגע ונסו שוב.',
  errorServer: 'אירעה שגיאה בשרת. נסו שוב.',
  userLabel: 'אתם',
  assistantLabel: 'עוזר',
};

export default strings;
