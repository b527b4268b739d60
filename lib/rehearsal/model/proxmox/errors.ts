/** The two ways the Proxmox VE server code refuses a request outside the permission checks. */
import type { ModelError } from '../api';

/** A plain `die "...\n"` of the server code (HTTP 500 with the message). */
export function die(message: string): ModelError {
  return { summary: message };
}

/** `raise_param_exc` (pcm Exception.pm L73-95): HTTP 400 `Parameter verification failed.` with per-parameter messages. */
export function paramExc(param: string, message: string): ModelError {
  return { summary: 'Parameter verification failed.', detail: `${param}: ${message}` };
}

/**
 * A refusal by a rule of this project, not of Proxmox VE: the server would accept the request, the
 * result would break what the blueprint promises. Worded so it cannot be mistaken for a server error.
 */
export function policy(message: string, why: string): ModelError {
  return { summary: `rehearsal policy: ${message}`, detail: `Proxmox VE accepts this; ${why}` };
}
