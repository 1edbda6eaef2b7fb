import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutations, containsNul, encodeForUrl, foreignIdFor, mutationsOf, pathsOf, type ForeignIds } from "./inputs";

const FOREIGN: ForeignIds = { School: ["altai-school"], Participant: ["altai-person"], any: ["altai-any"] };
const call = () => [{ schoolId: "own-school", menteeIds: ["own-person"], title: "Семинар", items: [{ goal: "цель" }] }];

describe("hostile mutations of a valid call", () => {
  it("leaves the valid call untouched and spoils only the copy", () => {
    const original = call();
    const spoiled = applyMutations(original, [{ kind: "set", path: [0, "title"], value: "\u0000" }, { kind: "delete", path: [0, "items", 0, "goal"] }], FOREIGN);
    expect(original).toEqual(call());
    expect(spoiled).toEqual([{ schoolId: "own-school", menteeIds: ["own-person"], title: "\u0000", items: [{}] }]);
  });

  it("puts another region's id of the field's table in place of an id, a list for an id list", () => {
    const spoiled = applyMutations(call(), [{ kind: "foreign", path: [0, "schoolId"], pick: 7 }, { kind: "foreign", path: [0, "menteeIds"], pick: 0 }], FOREIGN);
    expect(spoiled[0]).toMatchObject({ schoolId: "altai-school", menteeIds: ["altai-person"] });
    expect(foreignIdFor("title", 0, FOREIGN)).toBe("altai-any");
  });

  it("sends an extra __proto__ as an own key, so that it reaches the server", () => {
    const [spoiled] = applyMutations(call(), [{ kind: "extra", path: [0], key: "__proto__", value: { role: "ADMIN" }, foreign: null }], FOREIGN);
    expect(JSON.stringify(spoiled)).toContain('"__proto__":{"role":"ADMIN"}');
  });

  it("spoils form fields and files of a FormData call", () => {
    const form = new FormData();
    form.set("trainingId", "own");
    form.set("file", new File(["%PDF-1.4"], "a.pdf"));
    const [spoiled] = applyMutations([form], [{ kind: "set", path: [0, "file"], value: "short" }, { kind: "delete", path: [0, "trainingId"] }], FOREIGN) as [FormData];
    expect(spoiled.has("trainingId")).toBe(false);
    expect(spoiled.get("file")).toBeInstanceOf(File);
    expect(form.get("trainingId")).toBe("own");
  });

  it("generates one to three mutations at paths of the call, reproducibly for a seed", () => {
    const paths = pathsOf(call()).map((path) => JSON.stringify(path));
    const draw = () => fc.sample(mutationsOf(call()), { seed: 42, numRuns: 30 });
    expect(draw()).toEqual(draw());
    for (const mutations of draw()) {
      expect(mutations.length).toBeGreaterThanOrEqual(1);
      expect(mutations.length).toBeLessThanOrEqual(3);
      for (const m of mutations) if (m.kind === "set" || m.kind === "delete" || m.kind === "foreign") expect(paths).toContain(JSON.stringify(m.path));
    }
  });

  it("finds NUL characters anywhere in a call and encodes lone surrogates for a URL", () => {
    expect(containsNul([{ a: [{ b: "x\u0000" }] }])).toBe(true);
    expect(containsNul([{ a: "x" }])).toBe(false);
    expect(encodeForUrl("я\ud800/")).toBe("%D1%8F%ED%A0%80%2F");
  });
});
