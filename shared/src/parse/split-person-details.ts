/** Words that say what someone does in the group rather than where they come from. */
const ROLE_WORDS = /\b(co-?chairs?|chair(man|woman|person)?|vice[- ]chair|members?|expert|former|facilitator|rapporteur|moderator|observer|host|coordinator|personal capacity|envoy|advis[eo]r|president|officer|head of|speaker|panell?ist|staff|convener|focal point|treasurer|secretary|vice[- ]president)\b/i;

/** Words that name an organisation even when a role word is present ("ICANN Board of Directors"). */
const ORGANISATION_WORDS = /\b(secretariat|government|ministry|university|institute|foundation|association|council|commission|board|society|cent(er|re)|network|agency|department|inc|ltd|gmbh|corporation)\b/i;

/**
 * Splits the comma-separated details after a name into affiliation and role: parts that read
 * as a function ("Group's Co-Chair", "former MAG member", "Independent Expert") are the role,
 * the others ("Microsoft", "Government of Italy") the affiliation, each kept in order.
 */
export function splitPersonDetails(parts: readonly string[]): { affiliation?: string; role?: string } {
  const affiliation: string[] = [];
  const role: string[] = [];
  for (const part of parts.map((text) => text.trim()).filter(Boolean)) {
    if (ROLE_WORDS.test(part) && !ORGANISATION_WORDS.test(part)) role.push(part);
    else affiliation.push(part);
  }
  return {
    ...(affiliation.length > 0 ? { affiliation: affiliation.join(", ") } : {}),
    ...(role.length > 0 ? { role: role.join(", ") } : {}),
  };
}
