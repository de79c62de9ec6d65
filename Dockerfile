# The app for docker-compose.yml: builds the web app, then runs scripts/start.ts, which (with NEO4J_URI set)
# starts no JVM, applies the schema, loads the dataset idempotently and serves web + API on $PORT.
FROM node:20-bookworm-slim

WORKDIR /app
# Manifests first, so that `npm ci` is cached until they change.
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY seed/package.json seed/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build && chown -R node:node /app

USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>r.json()).then(b=>process.exit(b.status==='ok'?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "scripts/start.ts"]
