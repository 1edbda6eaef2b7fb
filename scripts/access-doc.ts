// npm run docs:access: rewrites docs/access.md from the permission table.
import { writeFileSync } from "node:fs";
import { renderAccessDoc } from "../lib/access/doc";

writeFileSync("docs/access.md", renderAccessDoc());
console.log("Written docs/access.md");
