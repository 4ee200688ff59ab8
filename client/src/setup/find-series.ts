import { seriesKey, type Series } from "@rapporteur/shared";

/** The series of that name, compared as the server does (no case, no extra spaces). */
export function findSeries(series: Series[], name: string): Series | undefined {
  const key = seriesKey(name);
  return key ? series.find((entry) => seriesKey(entry.name) === key) : undefined;
}
