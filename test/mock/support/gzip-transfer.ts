import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * A POST whose gzipped JSON body is sent with `Transfer-Encoding: gzip, chunked`, a transfer
 * coding node's parser passes through undecoded; resolves with the status and the parsed answer.
 */
export function postGzipTransfer(
  url: string,
  body: unknown,
): Promise<{ status: number; json: { errors: { code: string }[] } }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'gzip, chunked' },
        agent: false,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString()),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(gzipSync(JSON.stringify(body)));
  });
}
