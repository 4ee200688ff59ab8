import { formatMeetingDate, type ApprovalStamp } from "@rapporteur/shared";

/** The line printed under the title block of an approved report. */
export function formatApprovalLine(approval: ApprovalStamp): string {
  const date = Number.isNaN(Date.parse(approval.approvedAt)) ? approval.approvedAt : formatMeetingDate(approval.approvedAt);
  return `Approved by ${approval.approvedBy} on ${date} · version ${approval.version} · SHA-256 ${approval.sha256.slice(0, 12)}`;
}
