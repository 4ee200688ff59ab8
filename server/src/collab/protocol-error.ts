import { CloseCode } from "@rapporteur/shared";

/**
 * A frame the server refuses; the connection is closed with `code` and this message as the
 * reason. Only these messages reach a client: any other error closes with a generic reason.
 */
export class ProtocolError extends Error {
  override readonly name = "ProtocolError";

  constructor(
    message: string,
    readonly code: number = CloseCode.MalformedMessage,
  ) {
    super(message);
  }
}
