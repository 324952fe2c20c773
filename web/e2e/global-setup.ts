// Starts `TAD_DATA_DIR=<temp> ../tad demo --port <free port>` from the repository root, waits for /api/health,
// and returns the teardown that stops it. With TAD_E2E_BASE_URL set, uses that server instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..');
const startTimeoutMs = Number(process.env.TAD_E2E_START_TIMEOUT_MS ?? 600_000);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess | null, timeoutMs: number, crashed = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`tad demo exited with ${child.exitCode} before it was healthy; see test-results/tad-demo.log`);
    if (crashed()) throw new Error('tad demo failed on its main thread before it was healthy; see test-results/tad-demo.log');
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${baseUrl}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || !child.pid) return done();
    const pid = child.pid;
    const kill = setTimeout(() => { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }, 15_000);
    child.once('exit', () => { clearTimeout(kill); done(); });
    try { process.kill(-pid, 'SIGTERM'); } catch { done(); }
  });
}

export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  const given = process.env.TAD_E2E_BASE_URL;
  if (given) {
    await waitForHealth(given.replace(/\/$/, ''), null, 60_000);
    return;
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tad-e2e-'));
  mkdirSync(join(__dirname, '..', 'test-results'), { recursive: true });
  const log = createWriteStream(join(__dirname, '..', 'test-results', 'tad-demo.log'));
  const child = spawn(join(repoRoot, 'tad'), ['demo', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, TAD_DATA_DIR: dataDir },
    detached: true, // its own process group, so teardown stops the JVM it starts too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // a JVM whose main thread died can linger without ever serving: stop waiting at once
  let mainThreadDied = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('Exception in thread "main"')) mainThreadDied = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, startTimeoutMs, () => mainThreadDied);
  } catch (e) {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  process.env.TAD_E2E_BASE_URL = baseUrl;
  return async () => {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
