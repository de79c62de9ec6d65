export * from "./graph";
export * from "./tours";
