import { describe, expect, it } from "vitest";
import { CANVAS_BELOW, isSoftwareGl, labelsReadable, rendererPreference, LABEL_MIN_ZOOM, rendererFor, rendererOptions, WEBGL_ABOVE } from "./renderer-mode.ts";

describe("rendererFor", () => {
  it("stays on the canvas for ordinary views and switches to WebGL past the threshold", () => {
    expect(rendererFor(40, "canvas", true)).toBe("canvas");
    expect(rendererFor(WEBGL_ABOVE, "canvas", true)).toBe("canvas");
    expect(rendererFor(WEBGL_ABOVE + 1, "canvas", true)).toBe("webgl");
  });

  it("keeps WebGL between the two thresholds, so a view near the limit does not remount on every change", () => {
    const between = Math.round((CANVAS_BELOW + WEBGL_ABOVE) / 2);
    expect(rendererFor(between, "webgl", true)).toBe("webgl");
    expect(rendererFor(between, "canvas", true)).toBe("canvas");
    expect(rendererFor(CANVAS_BELOW - 1, "webgl", true)).toBe("canvas");
  });

  it("never picks WebGL when the browser has no WebGL2", () => {
    expect(rendererFor(20_000, "canvas", false)).toBe("canvas");
    expect(rendererFor(20_000, "webgl", false)).toBe("canvas");
  });

  it("turns the webgl option on only for the WebGL renderer", () => {
    expect(rendererOptions("webgl").webgl).toBe(true);
    expect(rendererOptions("canvas").webgl).toBe(false);
    expect(rendererOptions("canvas").textureOnViewport).toBe(true);
  });
});

describe("labelsReadable", () => {
  it("follows the stylesheet's min-zoomed-font-size (7 px for 11 px labels)", () => {
    expect(LABEL_MIN_ZOOM).toBeCloseTo(7 / 11);
    expect(labelsReadable(1)).toBe(true);
    expect(labelsReadable(0.64)).toBe(true);
    expect(labelsReadable(0.6)).toBe(false);
    expect(labelsReadable(0.05)).toBe(false);
  });
});

describe("isSoftwareGl", () => {
  it("recognises CPU rasterisers", () => {
    expect(isSoftwareGl("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)")).toBe(true);
    expect(isSoftwareGl("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
  });
  it("accepts GPUs", () => {
    expect(isSoftwareGl("ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)")).toBe(false);
    expect(isSoftwareGl("Apple M1")).toBe(false);
  });
});

describe("rendererPreference", () => {
  it("reads ?renderer=webgl|canvas and defaults to auto", () => {
    expect(rendererPreference("?renderer=webgl")).toBe("webgl");
    expect(rendererPreference("?x=1&renderer=canvas")).toBe("canvas");
    expect(rendererPreference("?renderer=fast")).toBe("auto");
    expect(rendererPreference("")).toBe("auto");
  });
});
