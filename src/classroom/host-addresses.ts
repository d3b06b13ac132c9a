import { networkInterfaces } from 'node:os';

/**
 * The addresses students type to reach the host: the one bound to, or, when bound to
 * every interface, each IPv4 address of this machine on a network (loopback last, for
 * trying it alone).
 */
export function hostAddresses(bind: string): string[] {
  if (bind !== '0.0.0.0' && bind !== '::') return [bind];
  const found: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
  }
  return [...found, '127.0.0.1'];
}
