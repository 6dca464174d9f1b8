// A bare node:http server: the ceiling the mock's own cost is measured against. It answers GET
// with a small JSON body and POST by reading the body and answering 201, with no other work.
import { createServer } from 'node:http';

const reply = Buffer.from('{"creditid":1,"status":"new"}');

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    response.writeHead(request.method === 'POST' ? 201 : 200, {
      'content-type': 'application/json',
      'content-length': reply.length,
    });
    response.end(reply);
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
