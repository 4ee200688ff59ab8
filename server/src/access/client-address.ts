import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** Which peer addresses may say, in `X-Forwarded-For`, who the client is. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY read once: unset trusts no proxy (the socket's peer is the client, whatever a header
 * says); a number trusts that many hops in front of the server; otherwise a comma-separated list
 * of addresses, subnets, or `loopback`, `linklocal`, `uniquelocal` (proxy-addr's names, as in
 * Express's `trust proxy`). Throws on anything else.
 */
export function compileProxyTrust(setting: string | undefined): ProxyTrust {
  if (setting === undefined) return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(setting.split(",").map((part) => part.trim()));
}

/**
 * The client's address: the socket's peer, or behind trusted proxies the nearest untrusted
 * address in `X-Forwarded-For`. The same rule for REST (Express's `trust proxy` gets this
 * function) and websocket upgrades, so every per-address allowance counts the real client.
 */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string | undefined {
  if (!request.socket.remoteAddress) return undefined;
  return proxyAddr(request, trust);
}
