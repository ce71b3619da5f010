/** One validation failure, pointing into the request body. */
export interface ProblemFieldError {
  /** JSON Pointer (RFC 6901), e.g. `/messages/0/parts`. */
  pointer: string;
  detail: string;
}

/** RFC 9457 problem details, the body of every Tessera error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

/** Media type of a problem details body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
