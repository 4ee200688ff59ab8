import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITS } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import { clientAddress, type ProxyTrust } from "./client-address.js";

export type RateLimitKind = "tokenFailures" | "createMeeting" | "importSummary" | "exports" | "websocketConnects";

/**
 * Requests per client address per window (`RATE_LIMITS` in shared, times `factor`: the
 * RATE_LIMIT_FACTOR setting, for many users behind one address). In memory: each instance
 * counts its own traffic, which bounds what one address costs each of them. Behind a reverse
 * proxy the address is the client's, from `X-Forwarded-For`, only when TRUST_PROXY trusts that proxy.
 */
export class AddressRateLimits {
  private readonly limiters = new Map<RateLimitKind, RateLimiterMemory>();

  constructor(
    factor = 1,
    readonly trustProxy: ProxyTrust = () => false,
  ) {
    for (const kind of ["tokenFailures", "createMeeting", "importSummary", "exports", "websocketConnects"] as const) {
      this.limiters.set(kind, new RateLimiterMemory({ points: RATE_LIMITS[kind] * factor, duration: RATE_LIMITS.windowMs / 1000 }));
    }
  }

  /** The address allowances are counted for (REST and websocket upgrades alike). */
  addressOf(request: IncomingMessage): string | undefined {
    return clientAddress(request, this.trustProxy);
  }

  /** Counts one; returns the seconds to wait when the address is over its allowance, else undefined. */
  async take(kind: RateLimitKind, address: string | undefined): Promise<number | undefined> {
    try {
      await this.limiters.get(kind)!.consume(address ?? "unknown");
      return undefined;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /** Like `take` without counting: is the address already over its allowance? */
  async exhausted(kind: RateLimitKind, address: string | undefined): Promise<number | undefined> {
    const state = await this.limiters.get(kind)!.get(address ?? "unknown");
    return state && state.remainingPoints <= 0 ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : undefined;
  }

  /** Express middleware: one request of this kind per call, 429 `rate_limited` past the allowance. */
  limit(kind: RateLimitKind): RequestHandler {
    return async (request, response, next) => {
      rejectIfWaiting(response, await this.take(kind, this.addressOf(request)));
      next();
    };
  }

  /**
   * Refuses requests from an address that has failed token checks too often, and counts every
   * 401 it gets: guessing tokens costs the guesser, not the server.
   */
  guardTokenFailures(): RequestHandler {
    return async (request, response, next) => {
      const address = this.addressOf(request);
      rejectIfWaiting(response, await this.exhausted("tokenFailures", address));
      response.on("finish", () => {
        if (response.statusCode === 401) void this.take("tokenFailures", address);
      });
      next();
    };
  }
}

function rejectIfWaiting(response: { set(name: string, value: string): unknown }, waitSeconds: number | undefined): void {
  if (waitSeconds === undefined) return;
  response.set("Retry-After", String(waitSeconds));
  throw new HttpError(429, "rate_limited", `too many requests from this address; try again in ${waitSeconds} s`);
}
