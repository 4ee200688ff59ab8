import { useMutation, useQueryClient } from "@tanstack/react-query";
import { meetingKeys } from "./meeting-queries";

/**
 * A change to a meeting through the API (a review step, a version, a restore): busy and error
 * state for the button that runs it, and everything read about the meeting re-read after it.
 */
export function useMeetingMutation<Variables = void, Result = unknown>(meetingId: string, mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all(meetingId) }),
  });
}
