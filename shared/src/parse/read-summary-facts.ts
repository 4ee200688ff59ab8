import { fromRoman } from "../meeting/meeting-number.js";
import type { MeetingNumber } from "../meeting/meeting.js";
import type { ImportedSummary } from "./imported-summary.js";
import type { ParseWarning } from "./parse-warning.js";
import { readMeetingOrdinal, readPeopleAfter, readSeriesFromOpening } from "./read-meeting-facts.js";
import { readDate, readTime, toIsoDate, type MeetingTime } from "./read-when.js";
import { readTitleFromMeetingLine } from "./read-title-from-meeting-line.js";
import { splitSeriesAndTitle } from "./split-series-and-title.js";
import { readLabelledPeople } from "./read-labelled-people.js";
import { TITLE_LABEL } from "./summary-keywords.js";

const GROUP_WORDS = /\b(working group|wg|committee|forum|council|panel|task force|mag|board|network|coalition)\b/i;
const TITLE_WORDS = /\b(meeting|session|call)\b/i;

type Facts = Pick<ImportedSummary, "series" | "title" | "number" | "startsAt" | "hosts" | "moderators">;

/**
 * Series, title, number, date and time, hosts and moderators, from the title block and the opening.
 * A date the importer already knows (`knownStartsAt`) wins over the text, and none missing is then said.
 */
export function readSummaryFacts(titleLines: readonly string[], opening: string, warnings: ParseWarning[], lineOf: (fragment: string) => number, knownStartsAt?: string): Facts {
  const dated = titleLines.find((line) => readDate(line)?.year);
  const ownTitleLine = titleLines.find((line) => TITLE_WORDS.test(line) && !readDate(line) && !TITLE_LABEL.test(line));
  const otherSeriesLine = titleLines.find((line) => GROUP_WORDS.test(line) && line !== ownTitleLine && !TITLE_LABEL.test(line)) ?? titleLines.find((line) => line !== ownTitleLine && line !== dated && !TITLE_LABEL.test(line));
  const both = otherSeriesLine === undefined && ownTitleLine ? splitSeriesAndTitle(ownTitleLine) : undefined;
  const titleLine = both?.title ?? ownTitleLine ?? (dated ? readTitleFromMeetingLine(dated) : undefined);
  const seriesLine = otherSeriesLine ?? both?.series;
  const sentences = opening.split(/(?<![ap]\.m\.)(?<=[.;!?])\s+/i).slice(0, 20);
  const openingDated = sentences.find((sentence) => readDate(sentence));
  const date = readDate(dated ?? "") ?? readDate(openingDated ?? "");
  const year = date?.year ?? readDate(openingDated ?? "")?.year;
  const timeLine = [dated ?? "", ...titleLines, titleLines.join(" "), ...sentences].find((line) => readTime(line));
  const time = timeLine === undefined ? undefined : readTime(timeLine);
  const startsAt = knownStartsAt ?? toIsoDate(date && { ...date, ...(year ? { year } : {}) }, time);
  if (!knownStartsAt && startsAt && timeLine !== undefined && time) warnAboutZone(time, timeLine, warnings, lineOf);
  if (!startsAt) warnings.push({ line: 1, text: "", message: "no meeting date found; set it before publishing" });
  const number = numberOf(titleLine) ?? readMeetingOrdinal(opening);
  const online = /\b(online|virtual)\s+meeting/i.test(opening) ? "Online Meeting" : "Meeting";
  const title = titleLine ?? (number !== undefined ? `${online} ${number}` : undefined);
  const series = seriesLine ?? readSeriesFromOpening(opening);
  return {
    ...(series ? { series } : {}),
    ...(title ? { title } : {}),
    ...(number !== undefined ? { number } : {}),
    ...(startsAt ? { startsAt } : {}),
    hosts: orElse(readPeopleAfter(opening, "hosted"), readLabelledPeople(titleLines, "hosts")),
    moderators: orElse(readPeopleAfter(opening, "moderated"), readLabelledPeople(titleLines, "moderators")),
  };
}

/** A time in another zone is converted, one without a zone read as UTC: either way the preview says so. */
function warnAboutZone(time: MeetingTime, line: string, warnings: ParseWarning[], lineOf: (fragment: string) => number): void {
  const text = line.slice(0, 80);
  if (time.offset === undefined) warnings.push({ line: lineOf(line), text, message: "no time zone given; the time was read as UTC" });
  else if (time.offset !== 0) warnings.push({ line: lineOf(line), text, message: `the time was given in ${time.zone ?? "another zone"}; converted to UTC` });
}

const orElse = (first: string[], second: string[]) => (first.length > 0 ? first : second);

function numberOf(title: string | undefined): MeetingNumber | undefined {
  const last = title?.trim().split(/\s+/).pop();
  if (!last) return undefined;
  if (/^\d+$/.test(last)) return Number(last);
  return fromRoman(last) !== undefined && last.length > 1 ? last : undefined;
}
