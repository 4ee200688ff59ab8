export * from "./transcript.js";
export * from "./transcript-parse-error.js";
export * from "./read-timestamp.js";
export * from "./parse-transcript.js";
export * from "./align-segments.js";
export * from "./resolve-speakers.js";
