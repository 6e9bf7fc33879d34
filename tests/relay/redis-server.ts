/**
 * A Redis for the two-relay test: the one already listening on the port, or redis-server from
 * Debian's packages started here (loopback, nothing saved to disk) and stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

export const REDIS_PORT = Number(process.env.REDIS_TEST_PORT ?? 6391);

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

export type TestRedis = { url: string; stop(): Promise<void> };

export async function startRedis(port = REDIS_PORT): Promise<TestRedis> {
  const url = `redis://127.0.0.1:${port}`;
  if (await ping(port)) return { url, stop: () => Promise.resolve() };
  const child: ChildProcess = spawn(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(
        new Error(
          `redis-server could not start (${error.message}); install it: apt-get install -y redis-server`,
        ),
      ),
    );
  });
  const started = Date.now();
  while (!(await Promise.race([ping(port), failed]))) {
    if (Date.now() - started > 10_000)
      throw new Error(`redis-server did not answer on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
