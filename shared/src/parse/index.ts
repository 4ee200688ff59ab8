export * from "./parse-warning.js";
export * from "./parse-agenda-text.js";
export * from "./parse-participants-text.js";
export * from "./split-person-details.js";
