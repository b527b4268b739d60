/** URL checks shared by the parameter-file validation and the construct props. */

/** True when `value` is an absolute https URL with a host (WHATWG URL parsing, as Node's `URL`). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
