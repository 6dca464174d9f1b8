/** Returns the current day of the server's clock as `YYYY-MM-DD`. */
export type ReadToday = () => string;
