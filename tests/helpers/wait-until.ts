/**
 * Retries an assertion until it passes, or throws its last error after `timeoutMs`. The default
 * bound is for a loaded 2-core CI machine running test files in parallel, where a round trip
 * through the server (or a browser) can take seconds; it costs nothing when the condition holds.
 */
export async function waitUntil<T>(assertion: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
