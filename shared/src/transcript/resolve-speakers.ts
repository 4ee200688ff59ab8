/** How a speaker as written was tied to a participant. */
export type SpeakerMatchKind = "confirmed" | "exact" | "variation" | "firstName" | "surname" | "uncertain" | "unknown";

export interface SpeakerMatch {
  written: string;
  /** The participant the transcript's lines are attributed to; null when uncertain, unknown or confirmed as nobody. */
  participantId: string | null;
  kind: SpeakerMatchKind;
  /** For `uncertain`: the participants it could be, in list order. */
  candidates: string[];
}

interface Person {
  id: string;
  tokens: string[];
}

const TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "h.e", "he", "amb", "sir", "dame"]);

/** Lower case, no accents, no titles or "(Organisation)", `_ . - ,` as spaces. */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .split(/[\s_.,\-‐–]+/u)
    .filter((token) => token !== "" && !TITLES.has(token));
}

/**
 * Ties each distinct speaker name of a transcript to the participant list. Tiers, first that
 * finds anyone wins: confirmed by a note-taker; exact (case, accents, separators, titles
 * ignored); a variation with first and last name, either may be an initial ("Anriette E.",
 * "A. Esterhuysen", "anriette_esterhuysen", "Esterhuysen, Anriette"); a unique first name; a
 * unique surname. Initials alone, or several people fitting, stay uncertain for a note-taker
 * to confirm; nobody fitting is unknown.
 */
export function resolveSpeakers(
  written: readonly string[],
  participants: ReadonlyArray<{ id: string; name: string }>,
  confirmed: Readonly<Record<string, string | null>> = {},
): Map<string, SpeakerMatch> {
  const people: Person[] = participants.map((participant) => ({ id: participant.id, tokens: nameTokens(participant.name) }));
  const known = new Set(participants.map((participant) => participant.id));
  const matches = new Map<string, SpeakerMatch>();
  for (const name of written) {
    if (matches.has(name) || name.trim() === "") continue;
    const decided = confirmed[name];
    if (decided === null || (decided !== undefined && known.has(decided))) {
      matches.set(name, { written: name, participantId: decided, kind: "confirmed", candidates: [] });
    } else {
      matches.set(name, matchByName(name, people));
    }
  }
  return matches;
}

const TIERS: Array<{ kind: SpeakerMatchKind; fits: (wanted: string[], person: string[], written: string) => boolean }> = [
  { kind: "exact", fits: (wanted, person) => wanted.join(" ") === person.join(" ") },
  { kind: "variation", fits: (wanted, person) => wanted.length >= 2 && (firstAndLast(wanted, person) || firstAndLast([...wanted].reverse(), person)) },
  { kind: "firstName", fits: (wanted, person) => wordsAt(wanted, person, 0) },
  { kind: "surname", fits: (wanted, person) => wordsAt(wanted, person, person.length - wanted.length) },
  { kind: "uncertain", fits: (_wanted, person, written) => initialsOf(written) !== "" && initialsOf(written) === person.map((token) => token[0]).join("") },
];

function matchByName(written: string, people: readonly Person[]): SpeakerMatch {
  const wanted = nameTokens(written);
  if (wanted.length === 0) return { written, participantId: null, kind: "unknown", candidates: [] };
  for (const tier of TIERS) {
    const fitting = people.filter((person) => person.tokens.length > 0 && tier.fits(wanted, person.tokens, written));
    if (fitting.length === 0) continue;
    if (fitting.length === 1 && tier.kind !== "uncertain") return { written, participantId: fitting[0]!.id, kind: tier.kind, candidates: [] };
    return { written, participantId: null, kind: "uncertain", candidates: fitting.map((person) => person.id) };
  }
  return { written, participantId: null, kind: "unknown", candidates: [] };
}

/** The whole written name is part of the person's name at `from` ("Anne-Marie", "Smith-Jones"), never a bare initial. */
function wordsAt(wanted: readonly string[], person: readonly string[], from: number): boolean {
  if (wanted.length >= person.length || from < 0 || wanted.every((token) => token.length === 1)) return false;
  return wanted.every((token, index) => person[from + index] === token);
}

/** First and last token agree, each equal or an initial of the other; not both initials. */
function firstAndLast(wanted: readonly string[], person: readonly string[]): boolean {
  if (person.length < 2) return false;
  const first = wanted[0]!;
  const last = wanted[wanted.length - 1]!;
  if (first.length === 1 && last.length === 1) return false;
  return sameOrInitial(first, person[0]!) && sameOrInitial(last, person[person.length - 1]!);
}

function sameOrInitial(written: string, token: string): boolean {
  return written === token || (written.length === 1 && token.startsWith(written));
}

/** "AE", "A.E.", "a e" → "ae"; anything else (a word) → "". */
function initialsOf(written: string): string {
  const compact = written.replace(/[\s.]/g, "");
  if (/^\p{Lu}{2,4}$/u.test(compact)) return compact.toLowerCase();
  const tokens = nameTokens(written);
  return tokens.length >= 2 && tokens.every((token) => token.length === 1) ? tokens.join("") : "";
}
