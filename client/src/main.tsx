import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { App } from "./App";
import { captureTokenFromUrl } from "./access/meeting-access";
import { readTokenRole } from "./access/read-token-role";
import { queryClient } from "./api/query-client";
import { meetingIdInPath } from "./meeting-path";
import "./styles.css";

// An invitation link carries its token: keep it before anything renders, then tidy the URL.
const opened = meetingIdInPath(window.location.pathname);
if (opened) captureTokenFromUrl(opened, readTokenRole);

// The app shell is cached by a service worker, so a reload while offline still opens the meeting.
if (import.meta.env.PROD && "serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
