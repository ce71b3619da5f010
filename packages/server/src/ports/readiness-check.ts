/**
 * One thing `/readyz` checks before it says the server can take traffic. `check` throws when it is
 * not ready, with a message that an operator can act on and that reveals no secret (it is shown in
 * the 503 answer).
 */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void> | void;
}
