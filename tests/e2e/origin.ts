/** Port and origin the production build is served on during browser tests. */
export const PORT = 4173;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A second origin, for a publisher's page that embeds the app (another port on 127.0.0.1). */
export const HOST_PORT = 4174;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
