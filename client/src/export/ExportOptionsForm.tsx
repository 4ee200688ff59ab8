import { formatMeetingDate, formatMeetingTime, type VersionInfo } from "@rapporteur/shared";
import { describeVersionReason } from "../review/describe-version";
import type { ExportChoice } from "./export-choice";

type Flag = "participants" | "actions" | "decisions" | "times" | "frontMatter";

const FLAGS: Array<{ key: Flag; label: string }> = [
  { key: "participants", label: "Participants annex" },
  { key: "actions", label: "Action items table" },
  { key: "decisions", label: "Decisions list" },
  { key: "times", label: "Time markers per agenda item" },
  { key: "frontMatter", label: "YAML front matter (Markdown)" },
];

interface ExportOptionsFormProps {
  choice: ExportChoice;
  versions: VersionInfo[];
  onChange(choice: ExportChoice): void;
}

function describeVersion(version: VersionInfo): string {
  const label = version.name || describeVersionReason(version.reason);
  return `v${version.version} ${label}, ${formatMeetingDate(version.createdAt)} ${formatMeetingTime(version.createdAt)} UTC`;
}

/** Which version, what to include, which paper: the export API's options as a form. */
export function ExportOptionsForm({ choice, versions, onChange }: ExportOptionsFormProps) {
  return (
    <div className="export-options">
      <label>
        Version
        <select
          value={choice.version === undefined ? "" : String(choice.version)}
          onChange={(event) => onChange({ ...choice, version: event.target.value === "" ? undefined : Number(event.target.value) })}
        >
          <option value="">Current document</option>
          {[...versions].reverse().map((version) => (
            <option key={version.version} value={version.version}>{describeVersion(version)}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Include</legend>
        {FLAGS.map(({ key, label }) => (
          <label key={key} className="check">
            <input type="checkbox" checked={choice[key]} onChange={(event) => onChange({ ...choice, [key]: event.target.checked })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Paper
        <select value={choice.pageSize} onChange={(event) => onChange({ ...choice, pageSize: event.target.value === "LETTER" ? "LETTER" : "A4" })}>
          <option value="A4">A4</option>
          <option value="LETTER">Letter</option>
        </select>
      </label>
    </div>
  );
}
