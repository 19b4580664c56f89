import { defineConfig } from "vite";

// The explorer is a static bundle: the Express server serves client/dist at "/".
// In dev, /api is proxied to a running server (KAMERGRAAF_API, default :3000).
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: `${import.meta.dirname}/index.html` } },
  },
  server: {
    proxy: { "/api": process.env.KAMERGRAAF_API ?? "http://localhost:3000" },
  },
});
