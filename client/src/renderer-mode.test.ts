import { describe, expect, it } from "vitest";
import { CANVAS_BELOW, rendererFor, rendererOptions, WEBGL_ABOVE } from "./renderer-mode.ts";

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
