export * from "./types.js";
export * from "./validators.js";
export * from "./client.js";
//# sourceMappingURL=index.d.ts.map
