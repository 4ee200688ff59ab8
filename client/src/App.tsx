import { AdminTokenDialog } from "./access/AdminTokenDialog";
import { ImportPage } from "./pages/ImportPage";
import { MeetingListPage } from "./pages/MeetingListPage";
import { MeetingPage } from "./pages/MeetingPage";
import { NewMeetingPage } from "./pages/NewMeetingPage";
import { SeriesPage } from "./pages/SeriesPage";
import { TemplatesPage } from "./pages/TemplatesPage";
import { useRoute } from "./use-route";

export function App() {
  return (
    <>
      <AppPage />
      <AdminTokenDialog />
    </>
  );
}

function AppPage() {
  const path = useRoute();
  const meeting = /^\/m\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  if (meeting) return <MeetingPage key={meeting[1]} meetingId={meeting[1]!} />;
  if (path === "/new") return <NewMeetingPage />;
  if (path === "/templates") return <TemplatesPage />;
  if (path === "/import") return <ImportPage />;
  if (path === "/series") return <SeriesPage />;
  return <MeetingListPage />;
}
