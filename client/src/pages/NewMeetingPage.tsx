import { useEffect, useState, type FormEvent } from "react";
import { BUILT_IN_TEMPLATES, CreateMeetingRequestSchema, type AgendaItemInput, type ParticipantInput, type ReportTemplate } from "@rapporteur/shared";
import { rememberCreatedMeeting } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { AgendaEditor } from "../components/AgendaEditor";
import { ParticipantsEditor } from "../components/ParticipantsEditor";
import { navigate } from "../use-route";

const splitNames = (text: string) => text.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean);

/** The "New meeting" form: what the secretariat knows before the call. */
export function NewMeetingPage() {
  const [fields, setFields] = useState({ series: "", title: "", number: "", date: "", time: "14:00", hosts: "", moderators: "", templateId: BUILT_IN_TEMPLATES[0]!.id });
  const [agenda, setAgenda] = useState<AgendaItemInput[]>([{ title: "" }]);
  const [participants, setParticipants] = useState<ParticipantInput[]>([]);
  const [templates, setTemplates] = useState<ReportTemplate[]>([...BUILT_IN_TEMPLATES]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    meetingsApi.templates().then(({ templates: loaded }) => setTemplates(loaded), () => undefined);
  }, []);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = fields.number.trim();
    const request = {
      series: fields.series,
      title: fields.title,
      ...(number ? { number: /^\d+$/.test(number) ? Number(number) : number } : {}),
      startsAt: fields.date ? `${fields.date}T${fields.time || "00:00"}:00Z` : "",
      hosts: splitNames(fields.hosts),
      moderators: splitNames(fields.moderators),
      agenda: agenda.filter((item) => item.title.trim()).map((item) => ({ ...item, children: (item.children ?? []).filter((child) => child.title.trim()) })),
      participants: participants.filter((participant) => participant.name.trim()),
      templateId: fields.templateId,
    };
    const checked = CreateMeetingRequestSchema.safeParse(request);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join("."), issue.message])));
      return;
    }
    setBusy(true);
    try {
      const created = await meetingsApi.create(checked.data);
      rememberCreatedMeeting(created.meeting.id, created.meeting.title, created.tokens, created.links);
      navigate(`/m/${created.meeting.id}`);
    } catch (error) {
      setErrors(error instanceof ApiError ? Object.fromEntries(error.fields.map((field) => [field.path, field.message])) : { form: String(error) });
      setBusy(false);
    }
  };

  const error = (path: string) => errors[path] && <span className="field-error" role="alert">{errors[path]}</span>;
  return (
    <main className="narrow">
      <p><a href="/">← Meetings</a></p>
      <h1>New meeting</h1>
      <form className="meeting-form" onSubmit={submit} noValidate>
        <label>Series (working group)<input value={fields.series} onChange={set("series")} placeholder="MAG Working Group on IGF Strengthening and Strategy" />{error("series")}</label>
        <div className="columns">
          <label>Meeting title<input value={fields.title} onChange={set("title")} placeholder="Online Meeting 51" />{error("title")}</label>
          <label>Number<input value={fields.number} onChange={set("number")} placeholder="51 or XXIV" />{error("number")}</label>
        </div>
        <div className="columns">
          <label>Date<input type="date" value={fields.date} onChange={set("date")} />{error("startsAt")}</label>
          <label>Time (UTC)<input type="time" value={fields.time} onChange={set("time")} /></label>
        </div>
        <div className="columns">
          <label>Hosts<input value={fields.hosts} onChange={set("hosts")} placeholder="Names, separated by commas" /></label>
          <label>Moderators<input value={fields.moderators} onChange={set("moderators")} placeholder="Names, separated by commas" /></label>
        </div>
        <label>Report template
          <select value={fields.templateId} onChange={set("templateId")}>
            {templates.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
          {error("templateId")}
        </label>
        <fieldset><legend>Agenda</legend><AgendaEditor items={agenda} onChange={setAgenda} /></fieldset>
        <fieldset><legend>Participants</legend><ParticipantsEditor participants={participants} onChange={setParticipants} /></fieldset>
        {error("form")}
        <div className="form-actions"><button type="submit" className="primary" disabled={busy}>{busy ? "Creating…" : "Create meeting"}</button></div>
      </form>
    </main>
  );
}
