// Baseline (a) of the throughput benchmark: a bare Fastify hello-world on the same Node, no logging.
//   node --import tsx bench/src/load/hello-server.ts
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', () => ({ hello: 'world' }));
const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
console.log(`hello server running at ${url}`);
process.once('SIGTERM', () => void app.close());
