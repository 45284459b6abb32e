import type { Readable, Writable } from 'node:stream';

// What a command may touch: its streams. Commands read files through node:fs themselves.
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
}

// A command returns its exit code: 0 ok, 1 the input had errors, 2 the call was wrong.
export type Command = {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
};

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
