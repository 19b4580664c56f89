# The kamergraaf app (API + explorer). Neo4j runs in its own container, see
# docker-compose.yml; NEO4J_URI must point at it.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

COPY package.json package-lock.json ./
# Dev dependencies stay: the server runs TypeScript directly with tsx, and
# vite builds the client.
RUN npm ci --include=dev

COPY . .
# Builds client/dist when the project defines build:client (served at /).
RUN npm run build:client --if-present

EXPOSE 3000
USER node
CMD ["npx", "tsx", "server/main.ts"]
