// Lets plain Node scripts (launcher, worker, seed) load the access layer, whose modules start with
// `import "server-only"` to keep them out of browser bundles. Outside React that guard has no job.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
      return next(specifier, context);
    }`),
);
