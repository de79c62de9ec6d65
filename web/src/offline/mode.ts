/**
 * True in the single-file offline build (vite --mode offline). Code behind `if (!OFFLINE)` is
 * dropped from that build, which is how the Cypher console stays out of the offline file.
 */
export const OFFLINE: boolean = import.meta.env.MODE === "offline";
