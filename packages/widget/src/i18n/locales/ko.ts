import type { ChatStrings } from '../chat-strings.js';

/** Korean. */
const strings: ChatStrings = {
  title: '어시스턴트',
  open: '어시스턴트 열기',
  close: '어시스턴트 닫기',
  newConversation: '새 대화',
  input: '질문',
  placeholder: '질문을 입력하세요…',
  send: '보내기',
  stop: '답변 중지',
  retry: '다시 시도',
  thinking: '문서를 찾아보는 중…',
  sources: '출처',
  citation: '출처 {n}',
  page: '{n}페이지',
  greeting: '안녕하세요! 이 사이트에 대해 무엇이든 물어보세요.',
  starters: '추천 질문',
  followUps: '관련 질문',
  copy: '답변 복사',
  copyCode: '코드 복사',
  copied: '복사됨',
  regenerate: '답변 다시 생성',
  errorOffline: '오프라인 상태인 것 같습니다. 연결을 확인한 후 다시 시도하세요.',
  errorRateLimited: '지금은 요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
  errorServer: '서버에서 오류가 발생했습니다. 다시 시도하세요.',
  userLabel: '나',
  assistantLabel: '어시스턴트',
};

export default strings;
