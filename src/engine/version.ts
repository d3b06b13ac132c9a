/**
 * The engine's version, written into every run record. Same scenario, seed and version
 * give byte-identical records; a change that alters any run must bump it.
 * Kept equal to package.json's version by a test.
 */
export const ENGINE_VERSION = '0.3.6';
