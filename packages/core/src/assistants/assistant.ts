/** An assistant as its workspace's members see it. */
export interface AssistantInfo {
  id: string;
  name: string;
  greeting: string;
  createdAt: string;
}

/** Answer of `GET /v1/assistants`. */
export interface AssistantList {
  data: AssistantInfo[];
}

/** Answer of `GET /v1/assistants/{id}/public`: only what a widget may show to anyone. */
export interface PublicAssistant {
  name: string;
  greeting: string;
}

/** Answer of the signing-secret routes of an assistant. */
export interface SigningSecret {
  assistantId: string;
  /** HS256 key for end-user tokens. Keep it on servers. */
  secret: string;
  rotatedAt: string;
}
