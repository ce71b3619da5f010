import type { ChatStrings } from '../chat-strings.js';

/** Chinese (Simplified). */
const strings: ChatStrings = {
  title: '助手',
  open: '打开助手',
  close: '关闭助手',
  newConversation: '新对话',
  input: '你的问题',
  placeholder: '请输入问题…',
  send: '发送',
  stop: '停止回答',
  retry: '重试',
  thinking: '正在查找文档…',
  sources: '来源',
  citation: '来源 {n}',
  page: '第 {n} 页',
  greeting: '你好！关于本网站的任何问题都可以问我。',
  starters: '推荐问题',
  followUps: '相关问题',
  copy: '复制回答',
  copyCode: '复制代码',
  copied: '已复制',
  regenerate: '重新生成回答',
  errorOffline: '你似乎已离线。请检查网络连接后重试。',
  errorRateLimited: '当前请求过多。请稍等片刻后重试。',
  errorServer: '服务器出错了。请重试。',
  userLabel: '你',
  assistantLabel: '助手',
};

export default strings;
