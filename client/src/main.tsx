import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { captureTokenFromUrl } from "./access/meeting-access";
import { readTokenRole } from "./access/read-token-role";
import "./styles.css";

// An invitation link carries its token: keep it before anything renders, then tidy the URL.
const opened = /^\/m\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname);
if (opened) captureTokenFromUrl(opened[1]!, readTokenRole);

// The app shell is cached by a service worker, so a reload while offline still opens the meeting.
if (import.meta.env.PROD && "serviceWorker" in navigator) void navigator.serviceWorker.register("/sw.js");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
