import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error";

/**
 * The app's one cache of server state. Reads are refreshed by the live notices and on
 * reconnect (see `useMeetingInvalidation`), not by polling or window focus; a refusal from the
 * server (4xx) is an answer, not a reason to retry.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});
