import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderAccessDoc } from "./doc";

describe("docs/access.md", () => {
  it("is what the permission table says (run `npm run docs:access` after changing it)", () => {
    expect(readFileSync("docs/access.md", "utf8")).toBe(renderAccessDoc());
  });
});
