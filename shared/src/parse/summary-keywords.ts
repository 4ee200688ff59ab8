/** Headings that open the agenda: "Agenda", "AGENDA:", "Annex I: Provisional agenda", "Meeting agenda". */
export const AGENDA_HEADING = /^(annex\s*[\divx]*\s*[:.–-]?\s*)?((meeting|draft|proposed|provisional|adopted)\s+)?agenda\s*:?$/i;

/** Headings that open the list of people: "Participants:", "List of participants", "Attendees", "Present", "Participants (12)". */
export const PARTICIPANTS_HEADING =
  /^(annex\s*[\divx]*\s*[:.–-]?\s*)?(list of\s+)?(participants|attendees|attendance|present|in attendance)(\s+list)?\s*(\(\d{1,4}\))?\s*:?$/i;

/** "Attendees: Anna Smith, Bob Jones": the people on the heading's own line. */
export const INLINE_PARTICIPANTS = /^(participants|attendees|attendance|present|in attendance)\s*(\(\d{1,4}\))?\s*:\s*(\S.*)$/i;

/** Labelled lines that are never a person or an agenda item, even right after those lists. */
export const LABELLED_LINE =
  /^(next (meeting|call)|date of (the )?next (meeting|call)|apologies|regrets|absent|excused|action items?|decisions?|recording|date|time|venue|location|platform|duration|(co-?)?chairs?|moderators?|hosts?|facilitators?|rapporteurs?|note-?takers?)\b[^:]{0,20}:/i;

/** Labelled lines that belong with the title block: when and where, and who ran the meeting. */
export const TITLE_LABEL = /^(date|time|venue|location|platform|duration|(co-?)?chairs?|moderators?|hosts?|facilitators?|rapporteurs?|note-?takers?)\b[^:]{0,20}:/i;

/** The document's own name in its title block ("Summary", "Meeting notes"): not a fact about the meeting. */
export const DOCUMENT_KIND = /^((meeting|call)\s+)?(summary|minutes|notes|report|summary report|summary notes)(\s+of the (meeting|call))?$/i;
