# The MicroF1 mock server in a container: `docker build -t microf1 . && docker run -p 4010:4010 microf1`

# 1. Build: install every dependency from the lockfile, compile, then drop the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

# 2. Run: only the compiled code, the production dependencies, the spec and the default data.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    MICROF1_HOST=0.0.0.0 \
    MICROF1_PORT=4010
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY spec ./spec
COPY fixtures ./fixtures
USER node
EXPOSE 4010
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4010/__mock/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/microf1.js", "mock", "--host", "0.0.0.0", "--port", "4010"]
