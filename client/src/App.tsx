import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { AdminTokenDialog } from "./access/AdminTokenDialog";

// Each page is its own chunk: the meeting page never loads the set-up pages, and the reverse.
const MeetingListPage = lazy(() => import("./pages/MeetingListPage").then((module) => ({ default: module.MeetingListPage })));
const MeetingPage = lazy(() => import("./pages/MeetingPage").then((module) => ({ default: module.MeetingPage })));
const NewMeetingPage = lazy(() => import("./pages/NewMeetingPage").then((module) => ({ default: module.NewMeetingPage })));
const TemplatesPage = lazy(() => import("./pages/TemplatesPage").then((module) => ({ default: module.TemplatesPage })));
const ImportPage = lazy(() => import("./pages/ImportPage").then((module) => ({ default: module.ImportPage })));
const SeriesPage = lazy(() => import("./pages/SeriesPage").then((module) => ({ default: module.SeriesPage })));

export function App() {
  return (
    <>
      <Suspense fallback={<p className="muted page-loading">Loading…</p>}>
        <Switch>
          <Route path="/m/:meetingId">{({ meetingId }) => <MeetingPage key={meetingId} meetingId={meetingId} />}</Route>
          <Route path="/new" component={NewMeetingPage} />
          <Route path="/templates" component={TemplatesPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/series" component={SeriesPage} />
          <Route component={MeetingListPage} />
        </Switch>
      </Suspense>
      <AdminTokenDialog />
    </>
  );
}
