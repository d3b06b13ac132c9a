/**
 * An address a classroom host may bind to, as `--bind` takes it and its journal notes it: an
 * IPv4 or IPv6 address or a host name, and nothing a terminal would act on when it is printed.
 */
export const BIND_ADDRESS = /^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$/;
