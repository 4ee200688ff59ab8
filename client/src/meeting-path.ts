/** The meeting id in a meeting page's path (`/m/:meetingId`), the one pattern besides the router's. */
export function meetingIdInPath(pathname: string): string | undefined {
  return /^\/m\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)?.[1];
}

export const meetingPath = (meetingId: string) => `/m/${meetingId}`;
