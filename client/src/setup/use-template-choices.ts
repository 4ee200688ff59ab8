import { BUILT_IN_TEMPLATES, type ReportTemplate } from "@rapporteur/shared";
import { useTemplates } from "../api/meeting-queries";

const BUILT_IN: ReportTemplate[] = [...BUILT_IN_TEMPLATES];

/**
 * The templates a form offers: the server's catalogue once it answers, the built-in ones until
 * then (and when it cannot answer, or is an older server without a catalogue).
 */
export function useTemplateChoices(): ReportTemplate[] {
  const { data } = useTemplates();
  return data && data.length > 0 ? data : BUILT_IN;
}
