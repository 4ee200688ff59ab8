/** The machine's Postgres (trust auth on 127.0.0.1), used only by the tests that say so. */
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
