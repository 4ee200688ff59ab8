import { MeetingListPage } from "./pages/MeetingListPage";
import { MeetingPage } from "./pages/MeetingPage";
import { NewMeetingPage } from "./pages/NewMeetingPage";
import { useRoute } from "./use-route";

export function App() {
  const path = useRoute();
  const meeting = /^\/m\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (meeting) return <MeetingPage key={meeting[1]} meetingId={meeting[1]!} />;
  if (path === "/new") return <NewMeetingPage />;
  return <MeetingListPage />;
}
