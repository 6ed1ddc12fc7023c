import { browser } from 'wxt/browser';
import {
  describeIssues,
  ERROR_CODES,
  errorResponseSchema,
  requestSchema,
  responseSchemas,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from './protocol';

export type BackgroundErrorCode = (typeof ERROR_CODES)[number] | 'invalid-response';

/** The background refused or failed a request, or answered with something that is not a valid response. */
export class BackgroundError extends Error {
  constructor(
    readonly code: BackgroundErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

/**
 * Sends one request to the background and returns its validated response. Throws `BackgroundError` for an
 * invalid request (before sending), an error response, or a response that does not match the protocol.
 */
export async function sendToBackground<T extends RequestType>(message: RequestOf<T>): Promise<ResponseOf<T>> {
  const request = requestSchema.safeParse(message);
  if (!request.success) throw new BackgroundError('invalid-message', describeIssues(request.error));
  const raw: unknown = await browser.runtime.sendMessage(request.data);
  const failure = errorResponseSchema.safeParse(raw);
  if (failure.success) throw new BackgroundError(failure.data.error.code, failure.data.error.message);
  const schema = responseSchemas[message.type];
  const response = schema.safeParse(raw);
  if (!response.success) {
    throw new BackgroundError('invalid-response', `${message.type}: ${describeIssues(response.error)}`);
  }
  return response.data as ResponseOf<T>;
}
