/**
 * Preloaded into a server process by crash tests: SIGUSR2 makes the process throw an exception
 * nobody catches, as a bug in a timer or a socket handler would.
 */
process.on("SIGUSR2", () => {
  setImmediate(() => {
    throw new Error("injected: a bug nobody caught");
  });
});
