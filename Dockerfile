# deploy-checklist: multi-stage build. Nothing is fetched from outside the npm registry: better-sqlite3 compiles
# from source against the Node headers this image ships, and no package install script downloads binaries.

# Build stage: node:20-bookworm carries python3, make and g++ for better-sqlite3.
FROM node:20-bookworm AS build
ENV npm_config_build_from_source=true \
    npm_config_nodedir=/usr/local
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
# Install scripts are skipped (Prisma's engine download among them); the only two the bot needs run by name.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3 \
 && node scripts/generate-prisma.mjs
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY test/support ./test/support
RUN npx tsc -p tsconfig.build.json && npx tsc -p src/sandbox/page/client/tsconfig.json \
 && node scripts/copy-generated.mjs \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# Run stage: production dependencies only, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/data/deploy-checklist.db \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY prisma ./prisma
COPY templates ./templates
RUN mkdir -p /data && chown node:node /data
USER node
# The SQLite database lives here; mount a volume so it survives the container. (PostgreSQL: set DATABASE_URL.)
VOLUME /data
EXPOSE 3000
# SIGTERM lets running requests and jobs finish (SHUTDOWN_TIMEOUT_SECONDS, default 25): give `docker stop -t 30`.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--max-semi-space-size=1", "dist/src/main.js"]
