import { fetchMeetingFile } from "../api/request-json";

/** Saves an export under `fileName`: fetched with the token in a header, handed to the browser as a blob. */
export async function downloadMeetingFile(meetingId: string, path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchMeetingFile(meetingId, path));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
