import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { BUILT_IN_TEMPLATES, type AgendaItemInput, type ParticipantInput, type Series } from "@rapporteur/shared";
import { rememberCreatedMeeting } from "../access/meeting-access";
import { formErrorsOf } from "../api/api-error";
import { useSeriesList } from "../api/meeting-queries";
import { meetingsApi } from "../api/meetings-api";
import { AgendaEditor } from "../components/AgendaEditor";
import { FieldError } from "../components/FieldError";
import { UTC_TIME_INPUT } from "../components/utc-date-time";
import { ParticipantsEditor } from "../components/ParticipantsEditor";
import { AgendaPasteBox } from "../setup/AgendaPasteBox";
import { findSeries } from "../setup/find-series";
import { mergeParticipants } from "../setup/merge-participants";
import { ParticipantsPasteBox } from "../setup/ParticipantsPasteBox";
import { SeriesField } from "../setup/SeriesField";
import { useTemplateChoices } from "../setup/use-template-choices";
import { checkNewMeeting, type PasteState } from "./check-new-meeting";
import type { NewMeetingFields } from "./new-meeting-request";

const EMPTY: NewMeetingFields = { series: "", title: "", number: "", date: "", time: "14:00", hosts: "", moderators: "", templateId: BUILT_IN_TEMPLATES[0]!.id };

const NO_SERIES: Series[] = [];

/** The "New meeting" form: what the secretariat knows before the call. */
export function NewMeetingPage() {
  const [, navigate] = useLocation();
  const [fields, setFields] = useState(EMPTY);
  const [agenda, setAgenda] = useState<AgendaItemInput[]>([{ title: "" }]);
  const [participants, setParticipants] = useState<ParticipantInput[]>([{ name: "" }]);
  const [agendaPaste, setAgendaPaste] = useState<PasteState>({ text: "", used: undefined });
  const [participantsPaste, setParticipantsPaste] = useState<PasteState>({ text: "", used: undefined });
  const templates = useTemplateChoices();
  const series = useSeriesList().data ?? NO_SERIES;
  const [templateChosen, setTemplateChosen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = (key: keyof NewMeetingFields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const templateName = (id: string) => templates.find((template) => template.id === id)?.name ?? id;
  // A known series brings its house template, unless someone already chose one for this meeting;
  // worked out on each render, so a series list that arrives after the name was typed still counts.
  const houseTemplate = templateChosen ? undefined : findSeries(series, fields.series)?.defaultTemplateId;
  const templateId = houseTemplate ?? fields.templateId;
  const setSeriesName = (name: string) => setFields({ ...fields, series: name });
  const chooseTemplate = (event: { target: { value: string } }) => {
    setTemplateChosen(true);
    set("templateId")(event);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNewMeeting({ fields: { ...fields, templateId }, agenda, participants, agendaPaste, participantsPaste });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      const created = await meetingsApi.create(checked.request);
      rememberCreatedMeeting(created.meeting.id, created.meeting.title, created.tokens, created.links);
      navigate(`/m/${created.meeting.id}`);
    } catch (error) {
      setErrors(formErrorsOf(error, checked.toFormPath));
      setBusy(false);
    }
  };

  return (
    <main className="narrow">
      <p className="page-links"><Link href="/">← Meetings</Link> <Link href="/import">Import a past summary instead</Link></p>
      <h1>New meeting</h1>
      <form className="meeting-form" onSubmit={submit} noValidate>
        <SeriesField value={fields.series} onChange={setSeriesName} series={series} error={errors.series} templateName={templateName} onUseUsualParticipants={(usual) => setParticipants(mergeParticipants(participants, usual))} />
        <div className="columns">
          <label>Meeting title<input value={fields.title} onChange={set("title")} placeholder="Online Meeting 51" aria-invalid={Boolean(errors.title)} /><FieldError message={errors.title} /></label>
          <label>Meeting number<input value={fields.number} onChange={set("number")} placeholder="51 or XXIV" aria-invalid={Boolean(errors.number)} /><FieldError message={errors.number} /></label>
        </div>
        <div className="columns">
          <label>Date<input type="date" value={fields.date} onChange={set("date")} aria-invalid={Boolean(errors.date ?? errors.startsAt)} /><FieldError message={errors.date ?? errors.startsAt} /></label>
          <label>Time, UTC (24-hour)<input {...UTC_TIME_INPUT} value={fields.time} onChange={set("time")} aria-invalid={Boolean(errors.time)} /><FieldError message={errors.time} /></label>
        </div>
        <div className="columns">
          <label>Hosts<input value={fields.hosts} onChange={set("hosts")} placeholder="Names, separated by commas" /><FieldError message={errors.hosts} /></label>
          <label>Moderators<input value={fields.moderators} onChange={set("moderators")} placeholder="Names, separated by commas" /><FieldError message={errors.moderators} /></label>
        </div>
        <label>Report template
          <select value={templateId} onChange={chooseTemplate}>
            {templates.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
          <span className="hint">{templates.find((template) => template.id === templateId)?.description} <Link href="/templates">Manage templates</Link></span>
          <FieldError message={errors.templateId} />
        </label>
        <fieldset>
          <legend>Agenda</legend>
          <AgendaPasteBox
            text={agendaPaste.text}
            onTextChange={(text) => setAgendaPaste({ ...agendaPaste, text })}
            onUse={(items) => {
              setAgendaPaste({ ...agendaPaste, used: agendaPaste.text });
              setAgenda(items.map((item) => ({ ...item, children: item.children ?? [] })));
            }}
          />
          <AgendaEditor items={agenda} onChange={setAgenda} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>Participants</legend>
          <ParticipantsPasteBox
            text={participantsPaste.text}
            onTextChange={(text) => setParticipantsPaste({ ...participantsPaste, text })}
            onUse={(people) => {
              setParticipantsPaste({ ...participantsPaste, used: participantsPaste.text });
              setParticipants(people);
            }}
          />
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
