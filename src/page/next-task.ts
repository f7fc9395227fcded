/**
 * Lets the browser handle what waits (input, rendering) and goes on before other tasks: with
 * scheduler.yield where the browser has it, else in a new task. A timer instead would wait behind
 * the page's loading work: between two marking slices on the seed page, 20-40 ms. Work that
 * yields this way again and again holds back the page's own tasks and its rendering.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
