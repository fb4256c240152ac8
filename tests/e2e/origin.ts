/** Port and origin the production build is served on during browser tests. */
export const PORT = 4173;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
