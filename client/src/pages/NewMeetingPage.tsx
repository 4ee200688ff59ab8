import { useEffect, useState, type FormEvent } from "react";
import { BUILT_IN_TEMPLATES, CreateMeetingRequestSchema, type AgendaItemInput, type ParticipantInput, type Series } from "@rapporteur/shared";
import { rememberCreatedMeeting } from "../access/meeting-access";
import { formErrorsOf } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { AgendaEditor } from "../components/AgendaEditor";
import { FieldError } from "../components/FieldError";
import { ParticipantsEditor } from "../components/ParticipantsEditor";
import { AgendaPasteBox } from "../setup/AgendaPasteBox";
import { findSeries } from "../setup/find-series";
import { mergeParticipants } from "../setup/merge-participants";
import { ParticipantsPasteBox } from "../setup/ParticipantsPasteBox";
import { SeriesField } from "../setup/SeriesField";
import { useTemplateChoices } from "../setup/use-template-choices";
import { navigate } from "../use-route";
import { buildCreateRequest, dateTimeErrors, type NewMeetingFields } from "./new-meeting-request";

const EMPTY: NewMeetingFields = { series: "", title: "", number: "", date: "", time: "14:00", hosts: "", moderators: "", templateId: BUILT_IN_TEMPLATES[0]!.id };

/** The "New meeting" form: what the secretariat knows before the call. */
export function NewMeetingPage() {
  const [fields, setFields] = useState(EMPTY);
  const [agenda, setAgenda] = useState<AgendaItemInput[]>([{ title: "" }]);
  const [participants, setParticipants] = useState<ParticipantInput[]>([{ name: "" }]);
  const templates = useTemplateChoices();
  const [series, setSeries] = useState<Series[]>([]);
  const [templateChosen, setTemplateChosen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    meetingsApi.series().then(({ series: loaded }) => setSeries(loaded), () => undefined);
  }, []);
  const set = (key: keyof NewMeetingFields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const templateName = (id: string) => templates.find((template) => template.id === id)?.name ?? id;
  // A known series brings its house template, unless someone already chose one for this meeting.
  const setSeriesName = (name: string) => {
    const known = findSeries(series, name);
    setFields({ ...fields, series: name, ...(known && !templateChosen ? { templateId: known.defaultTemplateId } : {}) });
  };
  const chooseTemplate = (event: { target: { value: string } }) => {
    setTemplateChosen(true);
    set("templateId")(event);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { request, toFormPath } = buildCreateRequest(fields, agenda, participants);
    const timeErrors = dateTimeErrors(fields);
    const checked = CreateMeetingRequestSchema.safeParse(request);
    if (!checked.success || Object.keys(timeErrors).length > 0) {
      const issues = checked.success ? [] : checked.error.issues.filter((issue) => !(issue.path[0] === "startsAt" && Object.keys(timeErrors).length > 0));
      setErrors({ ...Object.fromEntries(issues.map((issue) => [toFormPath(issue.path.join(".")), issue.message])), ...timeErrors, form: "Some fields need attention." });
      return;
    }
    setBusy(true);
    try {
      const created = await meetingsApi.create(checked.data);
      rememberCreatedMeeting(created.meeting.id, created.meeting.title, created.tokens, created.links);
      navigate(`/m/${created.meeting.id}`);
    } catch (error) {
      setErrors(formErrorsOf(error, toFormPath));
      setBusy(false);
    }
  };

  return (
    <main className="narrow">
      <p className="page-links"><a href="/">← Meetings</a> <a href="/import">Import a past summary instead</a></p>
      <h1>New meeting</h1>
      <form className="meeting-form" onSubmit={submit} noValidate>
        <SeriesField value={fields.series} onChange={setSeriesName} series={series} error={errors.series} templateName={templateName} onUseUsualParticipants={(usual) => setParticipants(mergeParticipants(participants, usual))} />
        <div className="columns">
          <label>Meeting title<input value={fields.title} onChange={set("title")} placeholder="Online Meeting 51" aria-invalid={Boolean(errors.title)} /><FieldError message={errors.title} /></label>
          <label>Meeting number<input value={fields.number} onChange={set("number")} placeholder="51 or XXIV" aria-invalid={Boolean(errors.number)} /><FieldError message={errors.number} /></label>
        </div>
        <div className="columns">
          <label>Date<input type="date" value={fields.date} onChange={set("date")} aria-invalid={Boolean(errors.date ?? errors.startsAt)} /><FieldError message={errors.date ?? errors.startsAt} /></label>
          <label>Time, UTC (24-hour)<input value={fields.time} onChange={set("time")} inputMode="numeric" placeholder="14:00" aria-invalid={Boolean(errors.time)} /><FieldError message={errors.time} /></label>
        </div>
        <div className="columns">
          <label>Hosts<input value={fields.hosts} onChange={set("hosts")} placeholder="Names, separated by commas" /><FieldError message={errors.hosts} /></label>
          <label>Moderators<input value={fields.moderators} onChange={set("moderators")} placeholder="Names, separated by commas" /><FieldError message={errors.moderators} /></label>
        </div>
        <label>Report template
          <select value={fields.templateId} onChange={chooseTemplate}>
            {templates.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
          <span className="hint">{templates.find((template) => template.id === fields.templateId)?.description} <a href="/templates">Manage templates</a></span>
          <FieldError message={errors.templateId} />
        </label>
        <fieldset>
          <legend>Agenda</legend>
          <AgendaPasteBox onUse={(items) => setAgenda(items.map((item) => ({ ...item, children: item.children ?? [] })))} />
          <AgendaEditor items={agenda} onChange={setAgenda} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>Participants</legend>
          <ParticipantsPasteBox onUse={setParticipants} />
          <ParticipantsEditor participants={participants} onChange={setParticipants} errors={errors} />
        </fieldset>
        <div className="form-actions">
          <FieldError message={errors.form} />
          <button type="submit" className="primary" disabled={busy}>{busy ? "Creating…" : "Create meeting"}</button>
        </div>
      </form>
    </main>
  );
}
