export * from "./accounts";
export * from "./audit";
export * from "./business";
export * from "./outbox";
export * from "./people";
export * from "./tokens";
export * from "./throttle";
export * from "./bulk";
