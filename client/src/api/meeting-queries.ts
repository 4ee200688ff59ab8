import { useEffect, useRef } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Approval, AuditEntry } from "@rapporteur/shared";
import { ApiError } from "./api-error";
import { meetingsApi } from "./meetings-api";

/**
 * Query keys of a meeting's server state. Everything about one meeting sits under
 * `["meeting", id]`, so one invalidation (a live notice, a reconnect, one's own step) refreshes it all.
 */
export const meetingKeys = {
  all: (meetingId: string) => ["meeting", meetingId] as const,
  details: (meetingId: string) => ["meeting", meetingId, "details"] as const,
  review: (meetingId: string) => ["meeting", meetingId, "review"] as const,
  versions: (meetingId: string) => ["meeting", meetingId, "versions"] as const,
  audit: (meetingId: string) => ["meeting", meetingId, "audit"] as const,
  version: (meetingId: string, version: number) => ["meeting", meetingId, "version", version] as const,
  links: (meetingId: string) => ["meeting", meetingId, "links"] as const,
};
export const libraryKeys = { templates: ["templates"] as const, series: ["series"] as const };

export function useMeetingDetails(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.details(meetingId), queryFn: () => meetingsApi.get(meetingId) });
}

export function useMeetingVersions(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.versions(meetingId), queryFn: async () => (await meetingsApi.versions(meetingId)).versions });
}

export function useMeetingAudit(meetingId: string) {
  return useQuery({ queryKey: meetingKeys.audit(meetingId), queryFn: async (): Promise<AuditEntry[]> => (await meetingsApi.audit(meetingId)).entries });
}

/** The last approval, or none yet (the server answers `not_approved`). */
export function useLastApproval(meetingId: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.review(meetingId),
    enabled,
    queryFn: async (): Promise<Approval | null> => {
      try {
        return (await meetingsApi.approval(meetingId)).approval;
      } catch (error) {
        if (error instanceof ApiError && error.code === "not_approved") return null;
        throw error;
      }
    },
  });
}

/**
 * Re-reads everything about the meeting when `signal` turns to a new truthy value (a notice
 * arrived, the connection came back): notices sent while this page was offline are lost.
 */
export function useMeetingInvalidation(meetingId: string, signal: unknown): void {
  const queryClient = useQueryClient();
  const previous = useRef(signal);
  useEffect(() => {
    if (Object.is(previous.current, signal)) return;
    previous.current = signal;
    if (signal) void queryClient.invalidateQueries({ queryKey: meetingKeys.all(meetingId) });
  }, [queryClient, meetingId, signal]);
}

/** The server's catalogue of report templates (built-in and the groups' own). */
export function useTemplates() {
  return useQuery({ queryKey: libraryKeys.templates, queryFn: async () => (await meetingsApi.templates()).templates });
}

export function useSeriesList() {
  return useQuery({ queryKey: libraryKeys.series, queryFn: async () => (await meetingsApi.series()).series });
}
