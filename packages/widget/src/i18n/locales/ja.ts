import type { ChatStrings } from '../chat-strings.js';

/** Japanese. */
const strings: ChatStrings = {
  title: 'アシスタント',
  open: 'アシスタントを開く',
  close: 'アシスタントを閉じる',
  newConversation: '新しい会話',
  input: '質問',
  placeholder: '質問を入力してください…',
  send: '送信',
  stop: '回答を停止',
  retry: '再試行',
  thinking: 'ドキュメントを検索しています…',
  sources: '出典',
  citation: '出典 {n}',
  page: '{n} ページ',
  greeting: 'こんにちは！このサイトについて何でも質問してください。',
  starters: 'おすすめの質問',
  followUps: '関連する質問',
  copy: '回答をコピー',
  copyCode: 'コードをコピー',
  copied: 'コピーしました',
  regenerate: '回答を再生成',
  errorOffline: 'オフラインのようです。接続を確認してから、もう一度お試しください。',
  errorRateLimited: '現在リクエストが集中しています。しばらく待ってから、もう一度お試しください。',
  errorServer: 'サーバーでエラーが発生しました。もう一度お試しください。',
  userLabel: 'あなた',
  assistantLabel: 'アシスタント',
};

export default strings;
