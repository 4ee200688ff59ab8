// The fixture readers moved to tests/helpers/fixture-files.ts; kept here for the tests that import them from this path.
export { fixtureSlice, readFixture } from "../../helpers/fixture-files.js";
