import { RoleSchema, type Role } from "@rapporteur/shared";

/**
 * The role written in a token's payload, to label the UI before the server answers. Only a
 * hint: the server checks the signature on every request.
 */
export function readTokenRole(token: string): Role | undefined {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    const role = RoleSchema.safeParse(json.role);
    return role.success ? role.data : undefined;
  } catch {
    return undefined;
  }
}
