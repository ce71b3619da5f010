import type { AssistantInfo, PublicAssistant, SigningSecret } from '@tessera/core';
import { ProblemError } from '../../http/problem-error.js';
import type { Assistant, Store } from '../../ports/store.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { randomToken } from '../auth/secret-token.js';

const view = ({ workspaceId: _w, ...assistant }: Assistant): AssistantInfo => assistant;

const notFound = () =>
  new ProblemError(404, 'This workspace has no assistant with that id; list them at GET /v1/assistants.', {
    code: 'not_found',
  });

/** The assistant with this id if it belongs to the workspace; foreign ids are as unknown as missing ones. */
export async function findAssistant(store: Store, workspaceId: string, id: string): Promise<Assistant> {
  const assistant = await store.getAssistant(id);
  if (assistant?.workspaceId !== workspaceId) throw notFound();
  return assistant;
}

export async function listAssistants(store: Store, workspaceId: string): Promise<AssistantInfo[]> {
  return (await store.listAssistants(workspaceId)).map(view);
}

export async function getAssistant(store: Store, workspaceId: string, id: string): Promise<AssistantInfo> {
  return view(await findAssistant(store, workspaceId, id));
}

/** Only what a widget may show to anyone on the page. */
export async function getPublicAssistant(
  store: Store,
  workspaceId: string,
  id: string,
): Promise<PublicAssistant> {
  const { name, greeting } = await findAssistant(store, workspaceId, id);
  return { name, greeting };
}

/** A new signing secret; the prefix tells a reader of a config file what it is. */
export const newSigningSecret = (): string => randomToken('tss_');

/** The assistant's signing secret for end-user tokens, made on first read. Reading it is audited. */
export async function readSigningSecret(store: Store, actor: Actor, id: string): Promise<SigningSecret> {
  const secret = await store.ensureSigningSecret(
    actor.workspaceId,
    id,
    newSigningSecret(),
    new Date().toISOString(),
  );
  if (!secret) throw notFound();
  await recordAudit(store, actor, 'assistant.signing_secret.read', { kind: 'assistant', id });
  return { assistantId: id, ...secret };
}

/** Replaces the signing secret: end-user tokens signed with the old one stop working at once. */
export async function rotateSigningSecret(store: Store, actor: Actor, id: string): Promise<SigningSecret> {
  const secret = await store.replaceSigningSecret(
    actor.workspaceId,
    id,
    newSigningSecret(),
    new Date().toISOString(),
  );
  if (!secret) throw notFound();
  await recordAudit(store, actor, 'assistant.signing_secret.rotate', { kind: 'assistant', id });
  return { assistantId: id, ...secret };
}
