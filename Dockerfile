# The live-room relay (not the app): Node 20, SQLite in /data, the participant page built in.
#   docker build -t palvelupolku-relay .
#   docker run -p 1234:1234 -v relay-data:/data palvelupolku-relay
# Behind a TLS proxy set RELAY_PUBLIC_URL=https://room.example.fi; for several instances set
# RELAY_REDIS_URL=redis://redis:6379 and give them the same /data volume.

FROM node:20-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary can be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:participant && npm run build:relay && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production \
    RELAY_HOST=0.0.0.0 \
    RELAY_PORT=1234 \
    RELAY_DATA_DIR=/data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist-relay ./dist-relay
COPY --from=build /app/dist-participant ./dist-participant
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 1234
USER node
HEALTHCHECK --interval=30s --timeout=3s \
  CMD node -e "fetch('http://127.0.0.1:1234/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist-relay/main.mjs"]
