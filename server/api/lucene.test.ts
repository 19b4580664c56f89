import { describe, expect, it } from "vitest";
import { escapeLucene, searchQuery } from "./lucene.ts";

describe("escapeLucene", () => {
  it("escapes every Lucene operator character", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe("searchQuery", () => {
  it("boosts whole words and adds a prefix for the last word", () => {
    expect(searchQuery("UBR")).toBe("(ubr)^4 OR (ubr*)");
    expect(searchQuery("van Huff")).toBe("(van AND huff)^4 OR (van AND huff*)");
  });
  it("drops operators instead of passing them to Lucene", () => {
    expect(searchQuery("x-systems AND (*")).toBe("(x AND systems AND and)^4 OR (x AND systems AND and*)");
    expect(searchQuery('**"~')).toBeNull();
  });
  it("keeps accented letters", () => {
    expect(searchQuery("Bruins Slöt")).toBe("(bruins AND slöt)^4 OR (bruins AND slöt*)");
  });
});
