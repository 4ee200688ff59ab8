import { useEffect, useState } from "react";
import { BUILT_IN_TEMPLATES, type ReportTemplate } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";

/**
 * The templates a form offers: the server's catalogue once it answers, the built-in ones until
 * then (and when it cannot answer, or is an older server without a catalogue).
 */
export function useTemplateChoices(): ReportTemplate[] {
  const [templates, setTemplates] = useState<ReportTemplate[]>([...BUILT_IN_TEMPLATES]);
  useEffect(() => {
    meetingsApi.templates().then(({ templates: loaded }) => loaded.length > 0 && setTemplates(loaded), () => undefined);
  }, []);
  return templates;
}
