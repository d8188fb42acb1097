import { createHash } from "node:crypto";
import { Transform } from "node:stream";

// What an upload learns from its bytes as they stream past: how many, their SHA-256, and the first
// few kilobytes (the type is read from them, never from the name or the browser's say-so). Past
// the limit the stream fails, so nothing larger is ever stored.

export class TooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes`);
  }
}

const HEAD_BYTES = 4100;

export function measuringStream(limitBytes: number) {
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limitBytes) return done(new TooLargeError(limitBytes));
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
      }
      done(null, chunk);
    },
  });
  return {
    stream,
    /** Once the stream has ended. */
    result: () => ({ size, sha256: hash.digest("hex"), head: Buffer.concat(head) }),
  };
}
