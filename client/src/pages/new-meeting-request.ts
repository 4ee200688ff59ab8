import type { AgendaItemInput, CreateMeetingRequest, ParticipantInput } from "@rapporteur/shared";
import { utcStartsAt } from "../components/utc-date-time";
import { splitNames, type DetailsForm } from "../details/details-form";
import { isFilledParticipant } from "../setup/merge-participants";

/** The meeting's facts as typed (the same fields as the details dialog), and its template. */
export interface NewMeetingFields extends DetailsForm {
  templateId: string;
}

export interface BuiltRequest {
  request: CreateMeetingRequest;
  /** Turns an error path of the request ("agenda.1.title") into the form row it came from. */
  toFormPath: (path: string) => string;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Keeps the rows someone filled in, remembering where each one sits in the form. */
function keepFilled<T>(rows: T[], filled: (row: T) => boolean): { kept: T[]; formIndex: number[] } {
  const kept: T[] = [];
  const formIndex: number[] = [];
  rows.forEach((row, index) => {
    if (!filled(row)) return;
    kept.push(row);
    formIndex.push(index);
  });
  return { kept, formIndex };
}

/**
 * The POST body for the form. Empty agenda and participant rows are left out, so the error
 * paths of the request are mapped back to the rows the person sees.
 */
export function buildCreateRequest(fields: NewMeetingFields, agenda: AgendaItemInput[], participants: ParticipantInput[]): BuiltRequest {
  const number = fields.number.trim();
  const time = TIME.exec(fields.time.trim());
  const items = keepFilled(agenda, (item) => item.title.trim() !== "" || (item.children ?? []).some((child) => child.title.trim()));
  const children = items.kept.map((item) => keepFilled(item.children ?? [], (child) => child.title.trim() !== ""));
  const people = keepFilled(participants, isFilledParticipant);

  const request: CreateMeetingRequest = {
    series: fields.series,
    title: fields.title,
    ...(number ? { number: /^\d+$/.test(number) ? Number(number) : number } : {}),
    startsAt: fields.date && time ? utcStartsAt(fields.date, `${time[1]!.padStart(2, "0")}:${time[2]}`) : "",
    hosts: splitNames(fields.hosts),
    moderators: splitNames(fields.moderators),
    agenda: items.kept.map((item, index) => ({ title: item.title, ...(item.href ? { href: item.href } : {}), children: children[index]!.kept })),
    participants: people.kept.map((row) => ({
      name: row.name,
      ...(row.affiliation?.trim() ? { affiliation: row.affiliation } : {}),
      ...(row.role?.trim() ? { role: row.role } : {}),
    })),
    templateId: fields.templateId,
  };

  const toFormPath = (path: string): string => {
    const [list, index, ...rest] = path.split(".");
    const row = Number(index);
    if (list === "participants") return ["participants", people.formIndex[row] ?? row, ...rest].join(".");
    if (list !== "agenda") return path;
    const [field, childIndex, ...childRest] = rest;
    const child = field === "children" ? [field, children[row]?.formIndex[Number(childIndex)] ?? childIndex, ...childRest] : rest;
    return ["agenda", items.formIndex[row] ?? row, ...child].join(".");
  };
  return { request, toFormPath };
}

/** Says what is missing about the date and time in words, rather than the schema's ISO hint. */
export function dateTimeErrors(fields: NewMeetingFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!fields.date) errors.date = "Choose the date of the meeting";
  if (!TIME.test(fields.time.trim())) errors.time = "Write the time as 24-hour UTC, e.g. 14:00";
  return errors;
}
