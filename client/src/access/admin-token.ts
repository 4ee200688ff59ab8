const STORAGE_KEY = "rapporteur.adminToken";
const REQUIRED_EVENT = "rapporteur:admin-token-required";

/** The server's ADMIN_TOKEN as a secretariat entered it in this browser, if any. */
export function readAdminToken(): string | undefined {
  return localStorage.getItem(STORAGE_KEY) ?? undefined;
}

export function saveAdminToken(token: string): void {
  localStorage.setItem(STORAGE_KEY, token);
}

export function forgetAdminToken(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** Asks the app to prompt for the admin token (a request was refused for the lack of it). */
export function requestAdminToken(): void {
  window.dispatchEvent(new Event(REQUIRED_EVENT));
}

export function onAdminTokenRequired(listener: () => void): () => void {
  window.addEventListener(REQUIRED_EVENT, listener);
  return () => window.removeEventListener(REQUIRED_EVENT, listener);
}
