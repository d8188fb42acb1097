// Seeds the demo business into an empty database; does nothing on one already seeded.
import { unsafeSeedDemoBusiness } from "../db/seed/demo-business";

const seeded = await unsafeSeedDemoBusiness();
if (seeded) console.log("[portal] Seeded the demo business (Brightwater Studio).");
process.exit(0);
