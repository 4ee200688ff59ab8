import type { AuditEntry, VersionInfo } from "@rapporteur/shared";

const REASONS: Record<VersionInfo["reason"], string> = {
  created: "Created",
  auto: "Automatic",
  named: "Named",
  submit: "Submitted",
  approve: "Approved",
  request_changes: "Changes requested",
  reopen: "Reopened",
  restore: "Restored",
};

const ACTIONS: Record<AuditEntry["action"], string> = {
  submit: "submitted for review",
  approve: "approved",
  request_changes: "requested changes",
  reopen: "reopened",
  restore: "restored a version",
  name_version: "named a version",
  edit_details: "changed the meeting details",
  replace_links: "replaced invitation links",
};

/** What kind of version this is, in words. */
export function describeVersionReason(reason: VersionInfo["reason"]): string {
  return REASONS[reason];
}

/** What an audit entry records, in words. */
export function describeAuditAction(action: AuditEntry["action"]): string {
  return ACTIONS[action];
}
