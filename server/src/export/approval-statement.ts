import { formatMeetingDate, type ApprovalStamp } from "@rapporteur/shared";

/**
 * What an approved report states about its approval, made in this one place so every format
 * prints the same proof: the closing line of PDF, Word and Markdown, and the fields of the
 * Markdown front matter. Signing or a manifest adds to `fields`, never to a renderer.
 */
export interface ApprovalStatement {
  stamp: ApprovalStamp;
  text: string;
  fields: Record<string, string | number>;
}

export function buildApprovalStatement(stamp: ApprovalStamp): ApprovalStatement {
  const date = Number.isNaN(Date.parse(stamp.approvedAt)) ? stamp.approvedAt : formatMeetingDate(stamp.approvedAt);
  const text = `Approved by ${stamp.approvedBy} on ${date} · version ${stamp.version} · SHA-256 ${stamp.sha256}`;
  const fields = { approved_by: stamp.approvedBy, approved_at: stamp.approvedAt, version: stamp.version, sha256: stamp.sha256 };
  const { record } = stamp;
  if (!record) return { stamp, text, fields };
  // A published file also says where to check it, and carries the signed record itself.
  return {
    stamp,
    text: `${text} · verify reference ${record.reference} at ${record.verifyUrl}`,
    fields: { ...fields, reference: record.reference, verify: record.verifyUrl, approval_record: record.record },
  };
}
